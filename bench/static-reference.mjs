/**
 * The static reference of `npm run bench`: a minimal node:http server answering the bytes of the
 * file named by the first argument, from memory, on a free port it prints. Its own process, so that
 * it does not share a thread with the load generator (in the bench's process it answered fewer
 * requests a second, flattering the app's ratios).
 */
import { readFileSync } from "node:fs";
import http from "node:http";

const body = readFileSync(process.argv[2]);
const server = http.createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  response.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
