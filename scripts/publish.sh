#!/usr/bin/env bash
# Copies the built site to the intranet web server over SSH, for the publish workflows
# (.github/workflows/publish.yml, .gitlab-ci.yml). Set as secrets (CI/CD variables on GitLab):
#   PUBLISH_HOST, PUBLISH_USER, PUBLISH_PATH   where the site goes: USER@HOST:PATH
#   PUBLISH_SSH_KEY       private key of a user that may write PUBLISH_PATH and nothing else
#   PUBLISH_KNOWN_HOSTS   the server's public host key line (`ssh-keyscan -t ed25519 HOST`), so
#                         that a different server is refused instead of trusted
#   PUBLISH_PORT          optional, 22 by default
# The key and the host key may also be the path of a file holding them (GitLab's variables of
# type File, the way to keep a key of several lines).
# With none of them set it publishes nothing and says so, and succeeds: a fork or a new
# repository builds and stops there. With only some set, or without HANDBOOK_SITE, it fails:
# that is a publish set up halfway, and a site whose calendars and feed link to localhost.
set -euo pipefail

dist=${HANDBOOK_DIST:-dist}
say() {
  echo "$1"
  # On GitHub Actions: an annotation on the run, and a line in its summary.
  if [ -n "${GITHUB_ACTIONS:-}" ]; then
    echo "::$2 title=Publish::$1"
    [ -z "${GITHUB_STEP_SUMMARY:-}" ] || echo "$1" >>"$GITHUB_STEP_SUMMARY"
  fi
}

names=(PUBLISH_HOST PUBLISH_USER PUBLISH_PATH PUBLISH_SSH_KEY PUBLISH_KNOWN_HOSTS)
missing=()
for name in "${names[@]}"; do
  [ -n "${!name:-}" ] || missing+=("$name")
done
if [ ${#missing[@]} -eq ${#names[@]} ]; then
  say "Not published: no web server is set up (the secrets ${names[*]}). The site was built and checked; README.md, Publishing, says how to publish it." notice
  exit 0
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "Not published: ${missing[*]} missing. Set every one of ${names[*]}." error
  exit 1
fi
case "${HANDBOOK_SITE:-}" in
  "" | *://localhost* | *://127.0.0.1*)
    say "Not published: HANDBOOK_SITE is not the intranet address of the handbook (it is '${HANDBOOK_SITE:-}'), so calendars, the feed and printed briefs would link to this machine. Set the variable HANDBOOK_SITE, e.g. https://intra.pref.example." error
    exit 1
    ;;
esac
if [ ! -f "$dist/index.html" ]; then
  say "Not published: $dist/index.html is missing; build the site first (npm run build)." error
  exit 1
fi

secrets=$(mktemp -d)
trap 'rm -rf "$secrets"' EXIT
# The value, or the file it names.
secret() { if [ -f "$1" ]; then cat "$1"; else printf '%s\n' "$1"; fi; }
secret "$PUBLISH_SSH_KEY" >"$secrets/key"
secret "$PUBLISH_KNOWN_HOSTS" >"$secrets/known_hosts"
chmod 600 "$secrets/key"
ssh="ssh -i $secrets/key -p ${PUBLISH_PORT:-22} -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$secrets/known_hosts -o BatchMode=yes"

# --delay-updates puts every changed file in place at the end, so readers never see half a
# site; --delete removes pages whose entry was deleted. Files readable by the web server.
rsync --recursive --links --times --checksum --delete --delay-updates \
  --chmod=D755,F644 -e "$ssh" "$dist/" "$PUBLISH_USER@$PUBLISH_HOST:${PUBLISH_PATH%/}/"
say "Published $(find "$dist" -name '*.html' | wc -l | tr -d ' ') pages to $HANDBOOK_SITE$(printf '%s' "${HANDBOOK_BASE:-/}" | sed 's#^/*#/#')." notice
