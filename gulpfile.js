// Copies node and credential icons next to the compiled files, n8n's classic convention.
const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

function copyIcons() {
	const icons = path.resolve('icons', '*.{png,svg}');
	return src(icons, { encoding: false }).pipe(dest(path.resolve('dist', 'icons')));
}
