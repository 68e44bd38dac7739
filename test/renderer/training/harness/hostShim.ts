export { fakeHost as host } from './fakeHost';
