import { runXssSuite } from './xss-suite.js';

await runXssSuite('send-indicator');
