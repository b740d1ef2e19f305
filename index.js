// n8n loads the node and credential from the paths in package.json's "n8n" section;
// this package has no programmatic entry point.
module.exports = {};
