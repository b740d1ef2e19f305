// Copies node and credential icons, and the node's codex file, next to the compiled files
// (n8n's classic convention; tsc does not copy them).
const path = require('path');
const { parallel, task, src, dest } = require('gulp');

task('build:icons', parallel(copyIcons, copyCodex));

function copyCodex() {
	return src(path.resolve('nodes', '**', '*.node.json')).pipe(dest(path.resolve('dist', 'nodes')));
}

function copyIcons() {
	const icons = path.resolve('icons', '*.{png,svg}');
	return src(icons, { encoding: false }).pipe(dest(path.resolve('dist', 'icons')));
}
