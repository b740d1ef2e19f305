import type { INodeProperties } from 'n8n-workflow';
import { contactAddNote } from './addNote';
import { contactChangeOwner } from './changeOwner';
import { contactCreate } from './create';
import { contactDelete } from './delete';
import { contactDeleteMany } from './deleteMany';
import { contactFilter } from './filter';
import { contactGet } from './get';
import { contactGetActivities } from './getActivities';
import { contactGetAll } from './getAll';
import { contactGetLists } from './getLists';
import { contactGetSequences } from './getSequences';
import { contactGetStatuses } from './getStatuses';
import { contactImport } from './import';
import { contactMoveToSequence } from './moveToSequence';
import { contactSetBounced } from './setBounced';
import { contactSetReplied } from './setReplied';
import { contactSetStatusInSequence } from './setStatusInSequence';
import { contactUpdate } from './update';
import { contactUpsert } from './upsert';

const showOnlyForContacts = { resource: ['contact'] };

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForContacts },
		options: [
			{
				name: 'Add Note',
				value: 'addNote',
				action: 'Add a note to a contact',
				description: "Add a note to a contact's timeline",
				routing: contactAddNote.routing,
			},
			{
				name: 'Change Owner',
				value: 'changeOwner',
				action: 'Change the owner of contacts',
				description: 'Reassign contacts to another member of your team',
				routing: contactChangeOwner.routing,
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description: 'Create a new contact',
				routing: contactCreate.routing,
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a contact',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				routing: contactUpsert.routing,
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				description: 'Delete a contact',
				routing: contactDelete.routing,
			},
			{
				name: 'Delete Many',
				value: 'deleteMany',
				action: 'Delete many contacts',
				description: 'Delete several contacts in one request; the output says which were not deleted',
				routing: contactDeleteMany.routing,
			},
			{
				name: 'Filter',
				value: 'filter',
				action: 'Filter contacts',
				description: 'Find contacts by field rules, list, sequence or search term, sorted',
				routing: contactFilter.routing,
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description: 'Retrieve a contact by ID',
				routing: contactGet.routing,
			},
			{
				name: 'Get Activities',
				value: 'getActivities',
				action: 'Get activities of a contact',
				description: "Get a contact's activity history (emails, calls, notes, status changes)",
				routing: contactGetActivities.routing,
			},
			{
				name: 'Get Lists',
				value: 'getLists',
				action: 'Get lists of a contact',
				description: 'Get the contact lists a contact belongs to',
				routing: contactGetLists.routing,
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: 'List contacts, optionally filtered by email or LinkedIn URL',
				routing: contactGetAll.routing,
			},
			{
				name: 'Get Sequences',
				value: 'getSequences',
				action: 'Get sequences of a contact',
				description: 'Get the sequences a contact is in, with status and current step',
				routing: contactGetSequences.routing,
			},
			{
				name: 'Get Statuses',
				value: 'getStatuses',
				action: 'Get statuses of a contact',
				description: "Get a contact's opt-out, call and meeting status and its status in every sequence",
				routing: contactGetStatuses.routing,
			},
			{
				name: 'Import',
				value: 'import',
				action: 'Import contacts',
				description:
					'Create or update many contacts: each input item is one contact, sent to Reply.io in batches of up to 1000; one result per item',
				routing: contactImport.routing,
			},
			{
				name: 'Move to Sequence',
				value: 'moveToSequence',
				action: 'Move a contact to a sequence',
				description: 'Enroll a contact in a sequence, optionally taking it out of its current one',
				routing: contactMoveToSequence.routing,
			},
			{
				name: 'Set Bounced',
				value: 'setBounced',
				action: 'Set contacts as bounced',
				description: 'Mark or unmark contacts as bounced in every sequence they are in',
				routing: contactSetBounced.routing,
			},
			{
				name: 'Set Replied',
				value: 'setReplied',
				action: 'Set contacts as replied',
				description: 'Mark or unmark contacts as replied in every sequence they are in',
				routing: contactSetReplied.routing,
			},
			{
				name: 'Set Status in Sequence',
				value: 'setStatusInSequence',
				action: 'Set the sequence status of contacts',
				description: 'Set contacts to active, paused, finished or out of office in every sequence they are in',
				routing: contactSetStatusInSequence.routing,
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				description: 'Change some fields of a contact; the others stay as they are',
				routing: contactUpdate.routing,
			},
		],
		default: 'create',
	},
	...contactCreate.description,
	...contactUpsert.description,
	...contactGet.description,
	...contactGetAll.description,
	...contactUpdate.description,
	...contactDelete.description,
	...contactAddNote.description,
	...contactChangeOwner.description,
	...contactDeleteMany.description,
	...contactFilter.description,
	...contactGetActivities.description,
	...contactGetLists.description,
	...contactGetSequences.description,
	...contactGetStatuses.description,
	...contactImport.description,
	...contactMoveToSequence.description,
	...contactSetBounced.description,
	...contactSetReplied.description,
	...contactSetStatusInSequence.description,
];
