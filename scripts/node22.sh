#!/usr/bin/env bash
# Puts Node >= 22.12 first on PATH. Source it: `. scripts/node22.sh`.
# Machines that still ship an older Node (CI images, a developer's Linux or Mac) get Node 22
# from the npm registry's node-<os>-<arch> package, cached in .tools/, so no other download
# site is needed. Windows users install Node 22 themselves.
_rp_need_major=22
_rp_need_minor=12
_rp_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local v; v=$(node -p 'process.versions.node' 2>/dev/null) || return 1
  local major=${v%%.*} rest=${v#*.}; local minor=${rest%%.*}
  [ "$major" -gt "$_rp_need_major" ] || { [ "$major" -eq "$_rp_need_major" ] && [ "$minor" -ge "$_rp_need_minor" ]; }
}
if ! _rp_node_ok; then
  _rp_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  case "$(uname -s)" in Linux) _rp_os=linux ;; Darwin) _rp_os=darwin ;; *) echo "Install Node >= 22.12 first." >&2; return 1 2>/dev/null || exit 1 ;; esac
  case "$(uname -m)" in x86_64|amd64) _rp_arch=x64 ;; aarch64|arm64) _rp_arch=arm64 ;; *) echo "Unsupported CPU $(uname -m)" >&2; return 1 2>/dev/null || exit 1 ;; esac
  _rp_dir="$_rp_root/.tools/node-$_rp_os-$_rp_arch"
  if [ ! -x "$_rp_dir/bin/node" ]; then
    echo "Fetching Node $_rp_need_major for $_rp_os-$_rp_arch from the npm registry…" >&2
    _rp_tmp=$(mktemp -d)
    (cd "$_rp_tmp" && npm pack --silent "node-$_rp_os-$_rp_arch@$_rp_need_major" >/dev/null) || { echo "Could not fetch Node $_rp_need_major" >&2; return 1 2>/dev/null || exit 1; }
    mkdir -p "$_rp_dir"
    tar xzf "$_rp_tmp"/node-*.tgz -C "$_rp_dir" --strip-components=1
    rm -rf "$_rp_tmp"
  fi
  export PATH="$_rp_dir/bin:$PATH"
  _rp_node_ok || { echo "Node in $_rp_dir is older than $_rp_need_major.$_rp_need_minor" >&2; return 1 2>/dev/null || exit 1; }
fi
unset -f _rp_node_ok
