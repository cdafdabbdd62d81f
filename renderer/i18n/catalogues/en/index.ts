import { common } from './common';
import { app } from './app';
import { grid } from './grid';
import { bulk } from './bulk';
import { preview } from './preview';
import { history } from './history';
import { importing } from './importing';
import { exporting } from './exporting';
import { connections } from './connections';
import { messages } from './messages';

export const en = { common, app, grid, bulk, preview, history, importing, exporting, connections, messages };
