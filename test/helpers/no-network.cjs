// Loaded with `node --require` by the privacy tests. Every way a Node program
// can reach the network (sockets, TLS, DNS, HTTP, HTTP/2, UDP, fetch,
// WebSocket) is replaced by a function that throws, and each attempt is also
// appended to the file named by CASEWISE_NETWORK_LOG, so that an attempt
// whose error is caught and swallowed is still seen.
'use strict';
const fs = require('node:fs');

function blocked(what) {
  return function () {
    if (process.env.CASEWISE_NETWORK_LOG) fs.appendFileSync(process.env.CASEWISE_NETWORK_LOG, `${what}\n`);
    throw new Error(`Casewise privacy test: network use is blocked (${what})`);
  };
}
function block(object, name, methods) {
  for (const method of methods) if (typeof object[method] === 'function') object[method] = blocked(`${name}.${method}`);
}

const net = require('node:net');
block(net, 'net', ['connect', 'createConnection', 'createServer']);
block(net.Socket.prototype, 'net.Socket', ['connect']);
block(net.Server.prototype, 'net.Server', ['listen']);
block(require('node:tls'), 'tls', ['connect', 'createServer']);
const dns = require('node:dns');
const lookups = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
block(dns, 'dns', lookups);
block(dns.promises, 'dns.promises', lookups);
block(dns.Resolver.prototype, 'dns.Resolver', lookups);
block(dns.promises.Resolver.prototype, 'dns.promises.Resolver', lookups);
block(require('node:http'), 'http', ['request', 'get', 'createServer']);
block(require('node:https'), 'https', ['request', 'get', 'createServer']);
block(require('node:http2'), 'http2', ['connect', 'createServer', 'createSecureServer']);
block(require('node:dgram'), 'dgram', ['createSocket']);
for (const name of ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']) {
  if (name in globalThis) globalThis[name] = blocked(name);
}
