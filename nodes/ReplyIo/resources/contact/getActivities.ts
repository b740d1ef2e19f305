import { contactIdField } from './shared';
import { listOperation } from '../../shared/operations';

export const contactGetActivities = listOperation({
	resource: 'contact',
	operation: 'getActivities',
	url: '/v3/contacts/{id}/activities',
	idField: contactIdField('The contact whose activity history to get (newest first)'),
});
