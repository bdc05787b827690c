#!/usr/bin/env node
'use strict';
// `claimlint --lsp` under a name of its own, for editors that expect a
// language server command.
process.argv.splice(2, 0, '--lsp');
require('./claimlint.js');
