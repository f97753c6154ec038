// The floor: a bare node:http server answering a fixed small HTML page (run as its own process so its
// CPU is measured apart from the benchmark's).
import { createServer } from "node:http";

const body = "<!doctype html><html lang=en><title>ok</title><p>ok</p></html>";
const port = Number(process.argv[2] ?? 3442);
createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}).listen(port, "127.0.0.1");
