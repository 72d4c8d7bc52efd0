// A stand-in Action for the runner's own tests: uses @actions/core and @actions/github as the
// real bundle does, against whatever GITHUB_API_URL points at.
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';

const token = core.getInput('github-token', { required: true });
const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL });
const { owner, repo } = context.repo;
const number = context.payload.pull_request?.number;
const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: `${core.getInput('fail-on')} after ${comments.length}` });
core.setOutput('comment-id', created.data.id);
core.setOutput('report', 'line 1\nline 2');
core.saveState('posted', 'yes');
core.exportVariable('READINESS_SEEN', '1');
core.error('missing probe: a, b', { file: 'k8s/app.yaml', startLine: 3, title: 'Probe' });
core.warning('100% sure');
core.notice(JSON.stringify({ sha: context.sha, ref: context.ref, head: process.env.GITHUB_HEAD_REF, event: context.eventName }));
await core.summary.addHeading('Readiness').addRaw('ok').write();
core.setFailed('gate failed');
