// Entry of a piscina decode worker. Worker threads do not inherit tsx's loader hooks in Node 20,
// so this plain-JS bootstrap registers tsx, then hands piscina the TypeScript task module's function.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const task = await import(workerData.taskModule);
export default task.default;
