import { runMalformedSuite } from './malformed-suite.js';

await runMalformedSuite('send-outcomes-radar');
