#!/usr/bin/env node
/** The `send-insight` command: `send-insight validate …` and `send-insight render …` (see `send-insight --help`). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
