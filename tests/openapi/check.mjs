// Checks the silo's OpenAPI document with a validator of the OpenAPI 3.1 schema, compiles every component schema
// (so every $ref resolves), and, given recorded exchanges, checks each request and response against the document:
// the operation exists, the status and content type are declared, and JSON bodies match their schemas.
//   node check.mjs DOCUMENT.json [EXCHANGES.json]
// Prints one line per failure and a closing "N passed, N failed" line; exits 1 on any failure.
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [documentPath, exchangesPath] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentPath, "utf8"));
let passed = 0;
const failures = [];
const check = (ok, what) => (ok ? passed++ : failures.push(what));

const validator = new Validator();
const result = await validator.validate(document);
check(result.valid && validator.version === "3.1",
  `document: not a valid OpenAPI 3.1 document (${validator.version}): ${JSON.stringify(result.errors)}`);

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(document, "openapi.json");
const compiled = new Map();
const compile = (pointer) => {
  if (!compiled.has(pointer)) {
    compiled.set(pointer, ajv.compile({ $ref: `openapi.json#${pointer}` }));
  }
  return compiled.get(pointer);
};
for (const name of Object.keys(document.components?.schemas ?? {})) {
  try {
    compile(`/components/schemas/${name}`);
    passed++;
  } catch (error) {
    failures.push(`schema ${name}: ${error.message}`);
  }
}

const escape = (segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1");
const mediaType = (contentType) => (contentType ?? "").split(";")[0].trim().toLowerCase();

function findOperation(method, url) {
  const path = url.split("?")[0];
  for (const [template, item] of Object.entries(document.paths)) {
    const pattern = new RegExp("^" + template.replace(/\{[^}]+\}/g, "[^/]+") + "$");
    if (pattern.test(path) && item[method.toLowerCase()]) {
      return { template, operation: item[method.toLowerCase()] };
    }
  }
  return null;
}

function validate(pointer, text, what) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    failures.push(`${what}: the body is not JSON: ${text.slice(0, 200)}`);
    return false;
  }
  const validate = compile(pointer);
  const ok = validate(body);
  if (!ok) {
    failures.push(`${what}: ${ajv.errorsText(validate.errors)}; body ${text.slice(0, 300)}`);
  }
  return ok;
}

for (const exchange of exchangesPath ? JSON.parse(readFileSync(exchangesPath, "utf8")) : []) {
  const what = `${exchange.method} ${exchange.path} -> ${exchange.status}`;
  const found = findOperation(exchange.method, exchange.path);
  if (!found) {
    failures.push(`${what}: no such operation in the document`);
    continue;
  }
  const { template, operation } = found;
  const base = `/paths/${escape(template)}/${exchange.method.toLowerCase()}`;
  if (exchange.requestBody != null && exchange.request !== "any") {
    const type = mediaType(exchange.requestContentType);
    if (!operation.requestBody?.content?.[type]) {
      failures.push(`${what}: the operation takes no ${type} body`);
    } else {
      const pointer = `${base}/requestBody/content/${escape(type)}/schema`;
      const body = JSON.parse(exchange.requestBody);
      const ok = compile(pointer)(body);
      check(ok === (exchange.request === "valid"), exchange.request === "valid"
        ? `${what}: the request does not match the document: ${ajv.errorsText(compile(pointer).errors)}`
        : `${what}: the document accepts a request the silo refused: ${exchange.requestBody}`);
    }
  }
  const response = operation.responses?.[String(exchange.status)];
  if (!response) {
    failures.push(`${what}: status ${exchange.status} is not declared`);
    continue;
  }
  passed++;
  const type = mediaType(exchange.responseContentType);
  if (!response.content) {
    check(!exchange.responseBody, `${what}: a body the document does not declare`);
    continue;
  }
  if (!response.content[type]) {
    failures.push(`${what}: content type ${type} is not declared (${Object.keys(response.content)})`);
    continue;
  }
  passed++;
  if (type === "application/json" || type.endsWith("+json")) {
    if (validate(`${base}/responses/${exchange.status}/content/${escape(type)}/schema`, exchange.responseBody, what)) {
      passed++;
    }
  }
}

for (const failure of failures) {
  console.log(`FAIL ${failure}`);
}
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
