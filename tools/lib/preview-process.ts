import { spawn } from 'node:child_process';
import { ASTRO_BIN, buildEnv } from '../../support/project-copy.ts';
import { freePort } from '../../support/free-port.ts';

/** A built site served by `astro preview` in a process of its own. */
export interface PreviewProcess {
	base: string;
	stop(): Promise<void>;
}

/**
 * Serves `root`'s built site with `astro preview` in a child process, as a host serves it: apart
 * from the benchmark, whose browser driver and byte counting (reading and compressing every
 * response) would otherwise hold up the server's answers while a page waits for them.
 */
export async function previewProcess(root: string): Promise<PreviewProcess> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [ASTRO_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		env: buildEnv(),
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null) child.kill();
		await exited;
	};
	for (let attempt = 0; attempt < 300; attempt++) {
		if (child.exitCode !== null) throw new Error(`astro preview in ${root} exited with ${child.exitCode}:\n${errors}`);
		try {
			await fetch(`${base}/`);
			return { base, stop };
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	await stop();
	throw new Error(`astro preview in ${root} did not answer on ${base} within 30 s:\n${errors}`);
}
