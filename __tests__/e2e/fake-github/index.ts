/** The fake GitHub REST API for end-to-end tests: see server.ts. */
export { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type Call, type Violation, type SeedRepoOptions, type SeededRepo } from './server.js';
export { ACTIONS_BOT, OCTOCAT, gitHash, type Actor, type Annotation, type FileSpec } from './state.js';
export type { Scenario, Match } from './scenarios.js';
export { BODY_LIMIT } from './routes.js';
