// Runs the tests/worksheets tests inside real Pyodide (the pinned npm runtime) under Node,
// so the worksheet code is checked on the same Python the browser runs, not only CPython.
//
// Pyodide's npm package holds no wheels and micropip installs from a CDN, so pytest's
// pure-Python wheels come from .cache/pyodide-wheels/ (downloaded, hash-checked, by
// `make test`) and are unpacked straight into Pyodide's site-packages: no network.
// The worksheets package comes from the wheel named on the command line, the same file
// the site ships to browsers; its tests are copied into Pyodide's in-memory filesystem,
// with a minimal pytest.ini in place of pyproject.toml and tests/conftest.py, which need
// mkdocs and Playwright.
//
// Usage: node tests/pyodide/run_tests.mjs WORKSHEETS_WHEEL   (exits with pytest's exit code)

import { readdirSync, readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const { loadPyodide } = await import(path.join(ROOT, "node_modules/pyodide/pyodide.mjs"));

const WHEELS = path.join(ROOT, ".cache/pyodide-wheels");
const PROJECT = "/home/pyodide/project";
const TESTS = "tests/worksheets";
const WORKSHEETS_WHEEL = process.argv[2];
const PYTEST_INI = `[pytest]
addopts = -p no:cacheprovider --import-mode=importlib
pythonpath = .
filterwarnings = error
`;

// Pass Python's output through byte for byte (copied: Pyodide reuses the buffer).
function writerTo(stream) {
  return {
    write(bytes) {
      stream.write(Buffer.from(bytes));
      return bytes.length;
    },
  };
}

function installWheels(pyodide) {
  if (!existsSync(WHEELS) || !WORKSHEETS_WHEEL || !existsSync(WORKSHEETS_WHEEL)) {
    console.error(`Needs pytest's wheels in ${WHEELS} and the worksheets wheel as its argument: run \`make test\`.`);
    process.exit(2);
  }
  const extractDir = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  const wheels = readdirSync(WHEELS).filter((n) => n.endsWith(".whl")).map((n) => path.join(WHEELS, n));
  for (const wheel of [...wheels, WORKSHEETS_WHEEL]) {
    pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir });
  }
}

function copyTests(pyodide) {
  pyodide.FS.mkdirTree(`${PROJECT}/${TESTS}`);
  for (const name of readdirSync(path.join(ROOT, TESTS)).filter((n) => n.endsWith(".py"))) {
    pyodide.FS.writeFile(`${PROJECT}/${TESTS}/${name}`, readFileSync(path.join(ROOT, TESTS, name)));
  }
  pyodide.FS.writeFile(`${PROJECT}/pytest.ini`, PYTEST_INI);
}

const pyodide = await loadPyodide();
pyodide.setStdout(writerTo(process.stdout));
pyodide.setStderr(writerTo(process.stderr));
installWheels(pyodide);
copyTests(pyodide);

const exitCode = await pyodide.runPythonAsync(`
import os, sys
print("Pyodide ${pyodide.version}, Python", sys.version)
os.chdir("${PROJECT}")
import pytest, worksheets
print("worksheets from", worksheets.__file__)
int(pytest.main(["tests/worksheets", "-q"]))
`);
process.exitCode = exitCode;
