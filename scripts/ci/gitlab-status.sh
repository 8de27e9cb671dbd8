#!/bin/sh
# Posts the merge request check's commit status on GitLab: the one the CMS shows on the entry
# (context from scripts/review-status.ts), on the source branch, linking to the job's log.
# Usage: sh scripts/ci/gitlab-status.sh <pending|success|failed>
#
# Decap asks GitLab for the statuses of the merge request's head commit *on its branch*; the jobs
# of a merge request pipeline run on refs/merge-requests/<iid>/head, so they are not among them and
# the job posts its own. GitLab's job token may not post statuses: this needs a project access
# token (role Developer, scope api) in the masked CI/CD variable KB_STATUS_TOKEN. Without it the
# checks still run and decide the pipeline; the CMS just shows no result.
set -eu
state=$1
case $state in
failed) text=failure ;;
*) text=$state ;;
esac
if [ -z "${KB_STATUS_TOKEN:-}" ]; then
	echo "KB_STATUS_TOKEN is not set: no commit status for the CMS"
	exit 0
fi
# The link ends in "#" because Decap appends the entry's path to it.
curl --silent --show-error --fail --output /dev/null --request POST \
	--header "PRIVATE-TOKEN: $KB_STATUS_TOKEN" \
	--data-urlencode "state=$state" \
	--data-urlencode "ref=$CI_MERGE_REQUEST_SOURCE_BRANCH_NAME" \
	--data-urlencode "name=$(node scripts/review-status.ts context)" \
	--data-urlencode "target_url=$CI_JOB_URL#" \
	--data-urlencode "description=$(node scripts/review-status.ts "$text")" \
	"$CI_API_V4_URL/projects/$CI_PROJECT_ID/statuses/$CI_COMMIT_SHA" || echo "could not post the commit status"
