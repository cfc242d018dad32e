// jsdom lacks the WHATWG encoders react-router uses; Jest runs in Node, so borrow Node's.
// (A .cjs file: test infrastructure, outside the browser code the lint rules guard.)
const { TextEncoder, TextDecoder } = require('node:util');

Object.assign(globalThis, { TextEncoder, TextDecoder });
