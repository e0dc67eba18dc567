import { describe, expect, it } from 'vitest';
import { modulesToPreload, staticImports } from '../../src/integrations/module-preload.ts';

describe('module preload', () => {
	it('reads the static imports of a bundled module, not its dynamic ones', () => {
		const js =
			'const __vite__mapDeps=1;import{t as e}from"./search-events.CaiGE9rs.js";import{t}from"./preload-helper.DygEbaNj.js";import"./side.A1.js";export{x}from"./re.B2.js";var n=()=>import(`./search-dialog.C.js`);import("./text-search.D.js")';
		expect(staticImports(js)).toEqual(['search-events.CaiGE9rs.js', 'preload-helper.DygEbaNj.js', 'side.A1.js', 're.B2.js']);
	});

	it('preloads every module the page scripts reach statically, once, and not the scripts themselves', () => {
		const graph: Record<string, string[]> = {
			'a.js': ['shared.js', 'b.js'],
			'b.js': ['deep.js'],
			'shared.js': [],
			'deep.js': ['shared.js'],
			'c.js': ['shared.js', 'a.js'],
		};
		expect(modulesToPreload(['a.js', 'c.js'], (file) => graph[file])).toEqual(['shared.js', 'b.js', 'deep.js']);
		expect(modulesToPreload(['shared.js'], (file) => graph[file])).toEqual([]);
	});
});
