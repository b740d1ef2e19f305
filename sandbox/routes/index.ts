import type { Route } from '../router';
import { accountListRoutes } from './accountLists';
import { contactAccountBulkRoutes } from './contactAccountBulk';
import { contactAccountFilterRoutes } from './contactAccountFilter';
import { contactAccountRoutes } from './contactAccounts';
import { contactBulkRoutes } from './contactBulk';
import { contactFilterRoutes } from './contactFilter';
import { contactImportRoutes } from './contactImport';
import { contactListRoutes } from './contactLists';
import { contactRoutes } from './contacts';
import { contactSubresourceRoutes } from './contactSubresources';
import { customFieldRoutes } from './customFields';
import { sequenceRoutes } from './sequences';

/** Every endpoint the sandbox serves (reference sections 5–9, plus the sequences and team users behind the dropdowns). */
export const allRoutes: Route[] = [
	...contactRoutes,
	...contactImportRoutes,
	...contactFilterRoutes,
	...contactBulkRoutes,
	...contactSubresourceRoutes,
	...contactAccountRoutes,
	...contactAccountFilterRoutes,
	...contactAccountBulkRoutes,
	...accountListRoutes,
	...contactListRoutes,
	...customFieldRoutes,
	...sequenceRoutes,
];
