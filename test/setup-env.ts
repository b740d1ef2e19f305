/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// n8n-core writes $N8N_USER_FOLDER/.n8n/config on first use; keep it out of $HOME.
const userFolder = join(tmpdir(), 'n8n-nodes-replyio-tests');
mkdirSync(userFolder, { recursive: true });
process.env.N8N_USER_FOLDER = userFolder;
process.env.N8N_LOG_LEVEL = 'silent';
