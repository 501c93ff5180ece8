import { runMalformedSuite } from './malformed-suite.js';

await runMalformedSuite('send-deprivation-chart');
