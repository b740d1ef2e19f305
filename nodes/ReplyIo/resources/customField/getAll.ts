import { returnAllAndLimit } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { applyLimit } from '../../shared/output';
import { replyRouting } from '../../shared/routing';

// GET /v3/custom-fields answers every field as one bare array (no top/skip, no hasMore): one
// request, then the Limit is applied to what came back.
export const customFieldGetAll: OperationParts = {
	routing: replyRouting({ method: 'GET', url: '/v3/custom-fields', postReceive: [applyLimit] }),
	description: showFor('customField', 'getAll', returnAllAndLimit),
};
