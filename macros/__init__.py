"""Entry point for mkdocs-macros: registers the macros; the work lives in sibling modules."""

from pathlib import Path

from mkdocs.exceptions import PluginError

from macros import benchmark, checklists, examples, questions, worksheets
from macros.data import load_examples, load_site_data
from macros.schema import DataError


def define_env(env):
    """Load and validate every data file, then register the page macros."""
    try:
        data = load_site_data(Path(env.project_dir) / "data")
    except DataError as error:
        raise PluginError(str(error)) from error

    def page_path() -> str:
        return env.page.file.src_uri

    @env.macro
    def checklist(name: str, heading_level: int = 3) -> str:
        """One checklist, rendered from data/checklists/NAME.yml."""
        return checklists.render(data.checklist(name, page_path()), page_path(), heading_level)

    @env.macro
    def checklist_pack(order: list) -> str:
        """Every checklist, in the order given, as one printable pack."""
        return checklists.render_pack(data.checklists, list(order), page_path())

    @env.macro
    def questions_to_ask(kind: str) -> str:
        """The questions to ask one kind of interviewer, by topic (data/questions-to-ask.yml)."""
        try:
            return questions.render(data, kind)
        except questions.UnknownInterviewer as error:
            raise PluginError(f"{page_path()}: {error}") from error

    @env.macro
    def worksheet(worksheet_id: str) -> str:
        """A worksheet's form, rendered from its spec in the worksheets package, and its data."""
        try:
            return worksheets.render(
                worksheet_id, data.as_json(), env.page.url, env.conf["extra"]["worksheets_runtime"]
            )
        except worksheets.UnknownWorksheet as error:
            raise PluginError(f"{page_path()}: {error}") from error

    @env.macro
    def worked_example(example_id: str) -> str:
        """A worked answer from data/examples.yml, with the STAR coach's verdict under it."""
        folder = Path(env.project_dir) / "data"
        try:
            return examples.render(load_examples(folder / "examples.yml", folder), example_id)
        except DataError as error:
            raise PluginError(str(error)) from error
        except (examples.UnknownExample, examples.ExampleFails) as error:
            raise PluginError(f"{page_path()}: {error}") from error

    @env.macro
    def star_proportions() -> str:
        """How long each STAR part should be, in the words of the coach that checks it."""
        return examples.proportions()

    def benchmark_data() -> benchmark.BenchmarkReport:
        try:
            return benchmark.load_report(Path(env.project_dir) / "data" / "benchmark.json")
        except DataError as error:
            raise PluginError(str(error)) from error

    @env.macro
    def benchmark_report() -> str:
        """The Performance page's tables, from data/benchmark.json (written by `make bench`)."""
        return benchmark.render(benchmark_data())

    @env.macro
    def measured(measure_id: str, unit: str | None = None) -> str:
        """One figure from data/benchmark.json, for prose that must not copy it by hand."""
        try:
            return benchmark.measured(benchmark_data(), measure_id, unit)
        except KeyError as error:
            raise PluginError(f"{page_path()}: {error.args[0]}") from error
