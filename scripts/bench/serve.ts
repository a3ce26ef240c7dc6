import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** Serves a built site from `root` on loopback, gzipped as a real host would, with nothing cached between runs. */
export function serve(root: string): Promise<{ url: string; close: () => void }> {
	const server = createServer(async (request, response) => {
		let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
		if (path.endsWith('/')) path += 'index.html';
		try {
			const body = gzipSync(await readFile(join(root, path)), { level: 6 });
			response.writeHead(200, {
				'Content-Type': types[extname(path)] ?? 'application/octet-stream',
				'Content-Encoding': 'gzip',
				'Content-Length': body.length,
				'Cache-Control': 'no-store',
			});
			response.end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
		),
	);
}
