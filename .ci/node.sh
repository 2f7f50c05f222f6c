# Sourced by .ci/run (and by hand: `source .ci/node.sh`): puts a Node that Waymark's tooling
# supports on PATH. The machine's own Node is used when it is new enough; otherwise the official
# Node 22 build is fetched from the npm registry (the package node-linux-<arch>, which also holds
# the headers node-gyp needs for better-sqlite3) into ~/.cache/waymark, once.
WAYMARK_NODE=22.23.5
if ! node "$(dirname "${BASH_SOURCE[0]}")/../scripts/node-version.mjs" 2>/dev/null; then
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) echo "[ci] no Node ${WAYMARK_NODE} build for $(uname -m) on the npm registry" >&2; return 1 ;;
  esac
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/waymark/node-linux-${arch}-${WAYMARK_NODE}"
  if [ ! -x "$cache/bin/node" ]; then
    echo "[ci] fetching Node ${WAYMARK_NODE} (node-linux-${arch}) from the npm registry"
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "node-linux-${arch}@${WAYMARK_NODE}" >/dev/null) || return 1
    mkdir -p "$cache"
    tar -xzf "$tmp"/node-linux-*.tgz -C "$cache" --strip-components=1 || return 1
    rm -rf "$tmp"
  fi
  export PATH="$cache/bin:$PATH"
  # Native modules (better-sqlite3) are compiled against this Node's own headers.
  export npm_config_nodedir="$cache"
fi
echo "[ci] node $(node --version)"
