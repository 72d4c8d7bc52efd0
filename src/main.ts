/** GitHub Action entry (action.yml runs dist/index.js, bundled from here). */
import * as core from '@actions/core';
import { runAction } from './github/run.js';

runAction().catch((err: Error) => core.setFailed(`Readiness Gate failed unexpectedly: ${err.stack ?? err.message}`));
