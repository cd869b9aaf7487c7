// Worker threads do not inherit tsx's loader on every Node version; register it here, then run the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./simWorker.ts');
