// Generates a TypeScript client's types from the silo's OpenAPI document (openapi-typescript) and type-checks, in
// strict mode, sending every given record and the batch of them without a cast, answers read by their declared
// types, and refusals of what the document forbids (a misspelled field, money as a string, an unknown outcome).
//   node typed-client.mjs DOCUMENT.json RECORDS.json
// Prints the compiler's diagnostics and a closing "N passed, N failed" line; exits 1 on any diagnostic.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const [documentPath, recordsPath] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentPath, "utf8"));
const records = JSON.parse(readFileSync(recordsPath, "utf8"));
const directory = mkdtempSync(join(tmpdir(), "ledger-typed-client-"));
try {
  writeFileSync(join(directory, "ledger-api.ts"), astToString(await openapiTS(document)));
  const literals = records.map((record) => `  ${JSON.stringify(record)},`).join("\n");
  writeFileSync(join(directory, "client.ts"), `
import type { components, paths } from "./ledger-api";

type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
type SubmitBody = Json<paths["/v1/commands"]["post"]["requestBody"]>;
type BatchBody = Json<paths["/v1/commands/batch"]["post"]["requestBody"]>;
type Submitted = Json<paths["/v1/commands"]["post"]["responses"][200]>;
type Refused = paths["/v1/commands"]["post"]["responses"][403]["content"]["application/problem+json"];

declare function submit(body: SubmitBody): Promise<Submitted>;
declare const line: components["schemas"]["LineView"];
declare const refusal: Refused;
declare function submitBatch(body: BatchBody): Promise<Json<paths["/v1/commands/batch"]["post"]["responses"][200]>>;

const records: components["schemas"]["Record"][] = [
${literals}
];

export async function sendAll(): Promise<number> {
  let accepted = 0;
  for (const record of records) {
    const answer = await submit(record);
    const outcome: components["schemas"]["Outcome"] = answer.outcome;
    accepted += outcome === "ACCEPTED" ? 1 : 0;
  }
  const items = await submitBatch(records);
  const firstRetry: string | undefined = items[0]?.retry;
  const principal: number = line.principal;
  const maturity: string = line.maturityDate;
  const reason: "OPERATOR_KEY_REQUIRED" = refusal.reason;
  return accepted + (firstRetry ? 1 : 0) + principal + maturity.length + reason.length;
}

// @ts-expect-error a misspelled field is no field of the record
export const misspelled: SubmitBody = { type: "Draw", id: "x", borrower: "B", line: "L", amount: 5, amout: 5 };
// @ts-expect-error money is an integer, not a string
export const moneyAsText: SubmitBody = { type: "Draw", id: "x", borrower: "B", line: "L", amount: "5" };
// @ts-expect-error an outcome the ledger never answers
export const unknownOutcome: components["schemas"]["Outcome"] = "MAYBE";
// @ts-expect-error a record type the ledger does not know
export const unknownType: SubmitBody = { type: "Transfer", id: "x" };
`);
  const program = ts.createProgram([join(directory, "client.ts")], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  for (const diagnostic of diagnostics) {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
      : "";
    console.log(`FAIL ${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
  }
  console.log(`${diagnostics.length === 0 ? records.length + 1 : 0} passed, ${diagnostics.length} failed`);
  process.exitCode = diagnostics.length === 0 ? 0 : 1;
} finally {
  rmSync(directory, { recursive: true, force: true });
}
