.PHONY: demo test lint eval bench soak

demo:  ## set up and run the main job on examples/
	bash scripts/demo

test:  ## the whole suite, as CI runs it
	bash .ci/run

lint:
	.venv/bin/ruff check src tests bench
	.venv/bin/ruff format --check src tests bench
	.venv/bin/mypy

eval:  ## scores on ../shared (needs the evaluation data)
	.venv/bin/quellenlage eval extraction --pages ../shared/data/extraction-de/pages --expected ../shared/data/extraction-de/expected.json
	.venv/bin/quellenlage spkatt predict ../shared/data/spkatt-news/dev /tmp/quellenlage-spkatt
	.venv/bin/quellenlage spkatt score ../shared/data/spkatt-news/dev /tmp/quellenlage-spkatt
	.venv/bin/python ../shared/tools/check_seeds.py --part fields
	.venv/bin/python ../shared/tools/check_seeds.py --part statements
	.venv/bin/python ../shared/tools/check_seeds.py --part stories
	.venv/bin/python ../shared/tools/check_seeds.py --part ledger
	.venv/bin/quellenlage eval story-pairs ../shared/data/story-pairs-de/dev.jsonl

bench:  ## benchmarks, run by hand
	.venv/bin/python bench/bench_extraction.py
	.venv/bin/python bench/bench_attribution.py
	.venv/bin/python bench/bench_stories.py
	.venv/bin/python bench/bench_ledger.py

soak:  ## 50,000 mixed inputs through the pipeline, then 60 s of fuzzing
	.venv/bin/python bench/soak.py --inputs 50000 --fuzz-seconds 60
