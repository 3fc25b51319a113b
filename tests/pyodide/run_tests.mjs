// Runs the tests/worksheets tests inside real Pyodide (the pinned npm runtime) under Node,
// so the worksheet code is checked on the same Python the browser runs, not only CPython.
//
// Pyodide's npm package holds no wheels and micropip installs from a CDN, so pytest's
// pure-Python wheels come from .cache/pyodide-wheels/ (downloaded, hash-checked, by
// `make test`) and are unpacked straight into Pyodide's site-packages: no network.
// The worksheets package and its tests are copied into Pyodide's in-memory filesystem,
// with a minimal pytest.ini in place of pyproject.toml and tests/conftest.py, which need
// mkdocs and Playwright.
//
// Usage: node tests/pyodide/run_tests.mjs   (exits with pytest's exit code)

import { readdirSync, readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const { loadPyodide } = await import(path.join(ROOT, "node_modules/pyodide/pyodide.mjs"));

const WHEELS = path.join(ROOT, ".cache/pyodide-wheels");
const PROJECT = "/home/pyodide/project";
const SOURCES = ["worksheets", "tests/worksheets"];
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
  if (!existsSync(WHEELS)) {
    console.error(`No wheels in ${WHEELS}: run \`make test\`, which downloads them.`);
    process.exit(2);
  }
  const extractDir = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  for (const name of readdirSync(WHEELS).filter((n) => n.endsWith(".whl"))) {
    const bytes = new Uint8Array(readFileSync(path.join(WHEELS, name)));
    pyodide.unpackArchive(bytes, "wheel", { extractDir });
  }
}

function copyProject(pyodide) {
  for (const folder of SOURCES) {
    pyodide.FS.mkdirTree(`${PROJECT}/${folder}`);
    for (const name of readdirSync(path.join(ROOT, folder)).filter((n) => n.endsWith(".py"))) {
      pyodide.FS.writeFile(`${PROJECT}/${folder}/${name}`, readFileSync(path.join(ROOT, folder, name)));
    }
  }
  pyodide.FS.writeFile(`${PROJECT}/pytest.ini`, PYTEST_INI);
}

const pyodide = await loadPyodide();
pyodide.setStdout(writerTo(process.stdout));
pyodide.setStderr(writerTo(process.stderr));
installWheels(pyodide);
copyProject(pyodide);

const exitCode = await pyodide.runPythonAsync(`
import os, sys
print("Pyodide ${pyodide.version}, Python", sys.version)
os.chdir("${PROJECT}")
import pytest
int(pytest.main(["tests/worksheets", "-q"]))
`);
process.exitCode = exitCode;
