// Stops with one plain line, instead of a stack trace, when the Node.js running the project is too
// old to run its TypeScript sources (type stripping is on by default from Node.js 22.18).
// Plain old JavaScript on purpose, so that any Node.js can run it. Used by `npm start`, `npm test`
// and bin/lianban.js; on Linux x64, `npm ci` installs Node.js 24 into node_modules and npm scripts use it.
'use strict';
var parts = process.versions.node.split('.');
var major = Number(parts[0]);
var minor = Number(parts[1]);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    '联办需要 Node.js 22.18 或更高版本（推荐 24 LTS），当前为 ' +
      process.version +
      '，请运行 bash scripts/setup-node.sh 安装 / Lianban needs Node.js 22.18 or newer (24 LTS recommended), this is ' +
      process.version +
      ': run `bash scripts/setup-node.sh` to install it',
  );
  process.exit(1);
}
