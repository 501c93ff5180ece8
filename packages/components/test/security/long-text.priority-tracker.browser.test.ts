import { runLongTextSuite } from './long-text-suite.js';

await runLongTextSuite('send-priority-tracker');
