# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_MINUTES ?= 5

.PHONY: demo test sync-check export bench gpu-check mario-video mario-level quality install chromium pixi cpu-spread notebooks levers jitter snap offsets init-sprites hold-sprites keep-memory sparse-screen game-data compare-converged baseline-cap default-benchmark alpha-screen spaceinvaders-data decision-screens depth-screens recentre-screens alpha-temperature-screens split-screens

$(STAMP): setup.py settings.ini
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e ".[dev,games,compare]"
	touch $(STAMP)

install: $(STAMP)

## the main job: a synthetic sprite game, a model trained on it, its dictionary, reconstructions and metrics
demo: $(STAMP)
	$(BIN)/marionette data synthetic data/synthetic --seed 0
	$(BIN)/marionette data synthetic data/synthetic-test --seed 0 --frames 200 --offset 600
	$(BIN)/marionette train data/synthetic runs/demo --minutes $(DEMO_MINUTES)
	$(BIN)/marionette eval runs/demo data/synthetic-test --json runs/demo/metrics.json

## notebooks whose tests train: their thresholds must hold on any CPU's rounding
TRAINING_NBS := nbs/05_background.ipynb nbs/08_training.ipynb nbs/09_evaluation.ipynb nbs/10b_dictionary.ipynb \
	nbs/10c_flow.ipynb nbs/10f_compare.ipynb nbs/12_spaceinvaders.ipynb nbs/13_mario.ipynb

## the suite: notebooks clean, library in sync, every notebook run once (nbdev's directives honoured by conftest.py),
## then the notebooks that train again with PyTorch's portable kernels on one thread, as another CPU would round
test: $(STAMP) sync-check
	$(BIN)/pytest --nbval-lax nbs/ -q
	ATEN_CPU_CAPABILITY=default OMP_NUM_THREADS=1 $(BIN)/pytest --nbval-lax -q $(TRAINING_NBS)

## the whole suite under each kernel set (portable, AVX2, this CPU's own) and 1 or 2 threads; the figures the training
## tests assert on are gathered into nbs/cpu_spread.json, which the notebooks show beside each test
SPREAD := runs/cpu-spread
cpu-spread: $(STAMP)
	rm -rf $(SPREAD) && mkdir -p $(SPREAD)
	for cpu in default avx2 native; do for t in 1 2; do \
	  echo "== ATEN_CPU_CAPABILITY=$$cpu OMP_NUM_THREADS=$$t"; \
	  env $$( [ $$cpu = native ] || echo ATEN_CPU_CAPABILITY=$$cpu ) OMP_NUM_THREADS=$$t MARIONETTE_FIGURES=$(abspath $(SPREAD))/$$cpu-$$t.jsonl \
	    $(BIN)/pytest --nbval-lax nbs/ -q -p no:cacheprovider || exit 1; \
	done; done
	$(BIN)/python -c "import glob; from marionette.testing import merge_figures; merge_figures(sorted(glob.glob('$(SPREAD)/*.jsonl')), 'nbs/cpu_spread.json')"

sync-check: $(STAMP)
	PATH=$(abspath $(BIN)):$$PATH bash .ci/check_sync

export: $(STAMP)
	$(BIN)/nbdev_export && $(BIN)/nbdev_clean && $(BIN)/python .ci/strip_widgets.py nbs/*.ipynb

## the documentation: run every notebook in place and store its outputs (slow cells keep the output of their last real run)
notebooks: $(STAMP)
	$(BIN)/python .ci/run_notebooks.py nbs/*.ipynb
	$(BIN)/nbdev_clean && $(BIN)/python .ci/strip_widgets.py nbs/*.ipynb

## speed: seconds per training step and peak memory at the paper's Mario settings (128x128, k=32, 150 sprites, batch 4)
bench: $(STAMP)
	mkdir -p runs && $(BIN)/marionette bench --preset mario --size 128 --steps 10 --json runs/bench-mario.json

## on a machine with a CUDA GPU: bench in float32 and mixed precision, the largest batch that fits, float32 against
## mixed precision on a short run, and GPU_MINUTES of training on the benchmark game (runs/gpu-check.json)
GPU_MINUTES ?= 5
gpu-check: $(STAMP)
	mkdir -p runs && $(BIN)/python .ci/gpu_check.py runs/gpu-check.json --device cuda --minutes $(GPU_MINUTES)

## Super Mario Bros. from a video: World 1-1 recorded to MP4, trained from the MP4, exported, drawn by PixiJS in
## Chromium and compared with the model (runs/mario-video/report.json)
MARIO_VIDEO_FRAMES ?= 600
MARIO_VIDEO_MINUTES ?= 15
mario-video: $(STAMP)
	rm -rf runs/mario-video
	$(BIN)/python .ci/mario_video.py runs/mario-video --frames $(MARIO_VIDEO_FRAMES) --minutes $(MARIO_VIDEO_MINUTES)

## Super Mario Bros. World 1-1 at full resolution (256x240, k=32, 150 sprites, 2 layers) over a learned background as
## wide as the level (shifts of up to 1,600 px each way), `default` with empty anchors off and sprites started from the
## objects the background leaves (nbs/13_mario.ipynb shows why a learned background needs both), for 20 and then 60
## minutes, one run at a time; each scored on a second playthrough held out (runs/mario-level-M, rows of nbs/mario_level.jsonl)
MARIO_LEVEL_MINUTES ?= 20 60
mario-level: $(STAMP)
	$(BIN)/marionette data mario data/mario --seed 0
	$(BIN)/marionette data mario data/mario-test --seed 1
	rm -f nbs/mario_level.jsonl
	for m in $(MARIO_LEVEL_MINUTES); do rm -rf runs/mario-level-$$m; \
	  $(BIN)/marionette train data/mario runs/mario-level-$$m --patch-size 32 --dict-size 150 --background learned \
	    --bg-shift 4,1600 --empty 0.001 --init-sprites 1 --minutes $$m || exit 1; \
	  $(BIN)/python .ci/mario_level.py runs/mario-level-$$m data/mario-test nbs/mario_level.jsonl minutes-$$m || exit 1; \
	done

## the two synthetic games with their later, held-out frames: data/synthetic(-test) and data/benchmark(-test)
game-data: $(STAMP)
	$(BIN)/marionette data synthetic data/synthetic --seed 0
	$(BIN)/marionette data synthetic data/synthetic-test --seed 0 --frames 200 --offset 600
	$(BIN)/marionette data synthetic data/benchmark --game benchmark --seed 0
	$(BIN)/marionette data synthetic data/benchmark-test --game benchmark --seed 0 --frames 200 --offset 600

## quality: the default and the paper's settings for QUALITY_MINUTES each on both synthetic games, held-out hard PSNR
## every 2 minutes (history.json) and the final metrics, per class too (metrics.json); one run at a time
QUALITY_MINUTES ?= 20
quality: game-data
	for game in synthetic:16 benchmark:32; do for p in default paper; do \
	  name=$${game%%:*}; k=$${game#*:}; \
	  $(BIN)/marionette train data/$$name runs/quality-$$name-$$p --preset $$p --patch-size $$k --minutes $(QUALITY_MINUTES) \
	    --eval-data data/$$name-test --eval-every 2 || exit 1; \
	  $(BIN)/marionette eval runs/quality-$$name-$$p data/$$name-test --json runs/quality-$$name-$$p/metrics.json || exit 1; \
	done; done

## comparisons that compare: MarioNette and the four baselines on the demo game, each trained until its held-out PSNR stops
## improving (at most COMPARE_MINUTES), Slot Attention and SPACE at settings scaled to a CPU (runs/compare-converged; its
## comparison.json is kept as nbs/compare_converged.json, shown in nbs/10f_compare.ipynb)
COMPARE_MINUTES ?= 15
compare-converged: game-data
	rm -rf runs/compare-converged
	$(BIN)/marionette compare data/synthetic runs/compare-converged --minutes $(COMPARE_MINUTES) --converge \
	  --eval-data data/synthetic-test --device cpu
	cp runs/compare-converged/comparison.json nbs/compare_converged.json

## the rule that stopped them, checked: Slot Attention and SPACE of `make compare-converged` trained for the whole cap
## whatever their curves do, one at a time (nbs/baseline_cap.jsonl, shown in nbs/10f_compare.ipynb)
baseline-cap: game-data
	rm -f nbs/baseline_cap.jsonl
	for m in slot_attention space; do \
	  $(BIN)/python .ci/baseline_cap.py data/synthetic data/synthetic-test nbs/baseline_cap.jsonl $$m $(COMPARE_MINUTES) || exit 1; done

## Space Invaders frames from the emulator for the screens: 600 to train on and 200 later frames of another game to score on
## (`marionette data` writes only into empty folders, so they are made afresh)
spaceinvaders-data: $(STAMP)
	rm -rf data/spaceinvaders data/spaceinvaders-test
	$(BIN)/marionette data spaceinvaders data/spaceinvaders --frames 600 --seed 0
	$(BIN)/marionette data spaceinvaders data/spaceinvaders-test --frames 200 --seed 1 --offset 200

## the experiment log of nbs/08a_fast_training.ipynb: each lever on and off at LEVER_MINUTES of training, one at a time
LEVER_MINUTES ?= 3
LEVERS := "default" "constant-rate lr_schedule='constant'" "no-finetune finetune_fraction=0.0" "batch-4 batch_size=4" \
	"restarts reseed_every=100" "rate-4e-3 lr=4e-3"
levers: $(STAMP)
	$(BIN)/marionette data synthetic data/synthetic --seed 0
	$(BIN)/marionette data synthetic data/synthetic-test --seed 0 --frames 200 --offset 600
	rm -f nbs/levers.jsonl
	for lever in $(LEVERS); do $(BIN)/python .ci/levers.py data/synthetic data/synthetic-test nbs/levers.jsonl $$lever minutes=$(LEVER_MINUTES) || exit 1; done

## $(call on_both_games,JSONL,RUN,ROW,SETTINGS): `.ci/levers.py`, `default` with SETTINGS, on the demo game (k=16, 5 minutes)
## and then on the benchmark (k=32, 20 minutes), one run at a time: the run kept in runs/RUN (GAME in RUN becomes the
## game's name), its figures a row GAME-ROW of JSONL
define on_both_games
for game in synthetic:16:5 benchmark:32:20; do \
  name=$${game%%:*}; rest=$${game#*:}; k=$${rest%%:*}; m=$${rest#*:}; run=runs/$(subst GAME,$$name,$(2)); rm -rf $$run; \
  $(BIN)/python .ci/levers.py data/$$name data/$$name-test $(1) $$name-$(3) patch_size=$$k minutes=$$m $(4) keep=$$run || exit 1; \
done
endef

## learning the game rather than its frames: `default` with and without `jitter` on both synthetic games, hard PSNR on
## held-out and on training frames (nbs/jitter.jsonl)
jitter: game-data
	rm -f nbs/jitter.jsonl
	for j in True False; do $(call on_both_games,nbs/jitter.jsonl,jitter-GAME-$$j,jitter-$$j,jitter=$$j snap_fraction=0.0 offsets="'network'") || exit 1; done

## whole pixels at the end of training: `default` with `snap_fraction=0.1` (the last 10% of the budget at whole pixels,
## where that already explains the training frames as well) on both synthetic games (nbs/snap.jsonl), against `make
## jitter`'s runs with jitter, the same without snapping
snap: game-data
	rm -f nbs/snap.jsonl
	$(call on_both_games,nbs/snap.jsonl,snap-GAME,snap-0.1,snap_fraction=0.1 offsets="'network'")

## offsets by matching: `default` (each sprite drawn at the whole-pixel offset where it explains the frame best, found by
## matching, `04_offsets`) on both synthetic games (nbs/offsets.jsonl), against `make snap`'s runs, whose offsets a
## network predicts
offsets: game-data
	rm -f nbs/offsets.jsonl
	$(call on_both_games,nbs/offsets.jsonl,offsets-GAME,match,)

## sprites started from the frames' objects: `default` with `init_sprites=True` (the dictionary fitted, before training,
## to the distinct connected objects the background leaves in up to 128 frames, `01_generator`) on both synthetic games
## (the benchmark with a second seed too) and on Space Invaders (600 frames of 210x160, k=16, 20 minutes) with and
## without (nbs/init_sprites.jsonl), against `make offsets`'s runs on the synthetic games, which start from random sprites
init-sprites: game-data spaceinvaders-data
	rm -f nbs/init_sprites.jsonl
	$(call on_both_games,nbs/init_sprites.jsonl,init-GAME,init,init_sprites=True)
	rm -rf runs/init-benchmark-seed1
	$(BIN)/python .ci/levers.py data/benchmark data/benchmark-test nbs/init_sprites.jsonl benchmark-init-seed1 patch_size=32 \
	  minutes=20 init_sprites=True seed=1 keep=runs/init-benchmark-seed1
	for init in True False; do rm -rf runs/init-spaceinvaders-$$init; \
	  $(BIN)/python .ci/levers.py data/spaceinvaders data/spaceinvaders-test nbs/init_sprites.jsonl spaceinvaders-init-$$init \
	    patch_size=16 minutes=20 init_sprites=$$init keep=runs/init-spaceinvaders-$$init || exit 1; \
	done

## the dictionary held at its start for the first quarter of the budget: `default` with hold_sprites=0.25 on the benchmark
## game (20 minutes, seed 0; nbs/hold_sprites.jsonl, shown in 08a_fast_training beside make init-sprites's runs)
hold-sprites: game-data
	rm -f nbs/hold_sprites.jsonl; rm -rf runs/hold-benchmark
	$(BIN)/python .ci/levers.py data/benchmark data/benchmark-test nbs/hold_sprites.jsonl benchmark-hold0.25 patch_size=32 \
	  minutes=20 hold_sprites=0.25 keep=runs/hold-benchmark

## `default` as it is now (freed memory kept, only occupied slots composited) on the benchmark game (20 minutes, seed 0;
## nbs/keep_memory.jsonl, shown in 08a_fast_training beside make init-sprites's runs)
keep-memory: game-data
	rm -f nbs/keep_memory.jsonl; rm -rf runs/keep-benchmark
	$(BIN)/python .ci/levers.py data/benchmark data/benchmark-test nbs/keep_memory.jsonl benchmark-keep-memory patch_size=32 \
	  minutes=20 keep=runs/keep-benchmark

## a lighter sparsity on switches (lambda_sparse 0.001 against 0.005): `default` on the benchmark game (20 minutes, seed 0;
## nbs/sparse_screen.jsonl, shown in 08a_fast_training beside make keep-memory's run)
sparse-screen: game-data
	rm -f nbs/sparse_screen.jsonl; rm -rf runs/sparse-benchmark
	$(BIN)/python .ci/levers.py data/benchmark data/benchmark-test nbs/sparse_screen.jsonl benchmark-sparse0.001 patch_size=32 \
	  minutes=20 lambda_sparse=0.001 keep=runs/sparse-benchmark

## `default` as it is today on the benchmark game (20 minutes, seeds 0 and 1, one at a time), the runs kept for
## 08a_fast_training's split of the held-out error by class (nbs/default_benchmark.jsonl, runs/default-benchmark-SEED)
default-benchmark: game-data
	rm -f nbs/default_benchmark.jsonl
	for s in 0 1; do rm -rf runs/default-benchmark-$$s; \
	  $(BIN)/python .ci/levers.py data/benchmark data/benchmark-test nbs/default_benchmark.jsonl benchmark-default-seed$$s \
	    patch_size=32 minutes=20 seed=$$s keep=runs/default-benchmark-$$s || exit 1; done

## an L1 on the alpha the sprites draw (lambda_alpha=0.005, `06_losses`): `default` without and with it on Space Invaders
## (600 frames of 210x160, k=16, 20 minutes: there a black sprite pixel over the black screen costs the reconstruction
## nothing), then with it on the benchmark game (20 minutes, seed 0; against make default-benchmark), one run at a time
## (nbs/alpha_screen.jsonl, runs/alpha-GAME-WEIGHT)
alpha-screen: spaceinvaders-data game-data
	rm -f nbs/alpha_screen.jsonl
	for a in 0.0 0.005; do rm -rf runs/alpha-spaceinvaders-$$a; \
	  $(BIN)/python .ci/levers.py data/spaceinvaders data/spaceinvaders-test nbs/alpha_screen.jsonl spaceinvaders-alpha-$$a \
	    patch_size=16 minutes=20 lambda_alpha=$$a keep=runs/alpha-spaceinvaders-$$a || exit 1; done
	rm -rf runs/alpha-benchmark-0.005
	$(BIN)/python .ci/levers.py data/benchmark data/benchmark-test nbs/alpha_screen.jsonl benchmark-alpha-0.005 patch_size=32 \
	  minutes=20 lambda_alpha=0.005 keep=runs/alpha-benchmark-0.005

## levers on the decisions (nbs/08a_fast_training.ipynb, rows of nbs/decision_screens.jsonl): `default` with a third layer and
## with decisions taught before step 1 on the benchmark game, then with depth compositing on the benchmark (20 minutes), the
## demo game (5 minutes) and Space Invaders (20 minutes); one run at a time, runs kept in runs/
BENCH := data/benchmark data/benchmark-test
decision-screens: spaceinvaders-data game-data
	rm -f nbs/decision_screens.jsonl && rm -rf runs/layers3-benchmark runs/decisions-benchmark runs/depth-benchmark runs/depth-spaceinvaders
	$(BIN)/python .ci/levers.py $(BENCH) nbs/decision_screens.jsonl benchmark-layers-3 patch_size=32 minutes=20 layers=3 keep=runs/layers3-benchmark
	$(BIN)/python .ci/levers.py $(BENCH) nbs/decision_screens.jsonl benchmark-init-decisions patch_size=32 minutes=20 init_decisions=True \
	  keep=runs/decisions-benchmark
	$(BIN)/python .ci/levers.py $(BENCH) nbs/decision_screens.jsonl benchmark-depth patch_size=32 minutes=20 "compositing='depth'" \
	  keep=runs/depth-benchmark
	$(BIN)/python .ci/levers.py $(BENCH) nbs/decision_screens.jsonl benchmark-depth-seed1 patch_size=32 minutes=20 \
	  "compositing='depth'" seed=1
	$(BIN)/python .ci/levers.py data/synthetic data/synthetic-test nbs/decision_screens.jsonl demo-depth patch_size=16 minutes=5 \
	  "compositing='depth'"
	$(BIN)/python .ci/levers.py data/spaceinvaders data/spaceinvaders-test nbs/decision_screens.jsonl spaceinvaders-depth \
	  patch_size=16 minutes=20 "compositing='depth'" keep=runs/depth-spaceinvaders

## depth compositing with its hard pass drawn as an engine draws it (each pixel's sprites over one another by depth,
## `depth_over`): its softmax cooled on the selection's schedule (depth_temperature 0.1) on Space Invaders and the benchmark,
## 20 minutes each, and not cooled on the demo game, 5 minutes, and on the benchmark and Space Invaders with seed 1, one run at a time
## (nbs/depth_screens.jsonl, shown in nbs/08a_fast_training.ipynb)
depth-screens: spaceinvaders-data game-data
	rm -f nbs/depth_screens.jsonl && rm -rf runs/depth-cool-spaceinvaders runs/depth-cool-benchmark runs/depth-demo runs/depth-benchmark-1
	$(BIN)/python .ci/levers.py data/spaceinvaders data/spaceinvaders-test nbs/depth_screens.jsonl spaceinvaders-depth-cooled \
	  patch_size=16 minutes=20 "compositing='depth'" depth_temperature=0.1 keep=runs/depth-cool-spaceinvaders
	$(BIN)/python .ci/levers.py $(BENCH) nbs/depth_screens.jsonl benchmark-depth-cooled patch_size=32 minutes=20 \
	  "compositing='depth'" depth_temperature=0.1 keep=runs/depth-cool-benchmark
	$(BIN)/python .ci/levers.py data/synthetic data/synthetic-test nbs/depth_screens.jsonl demo-depth patch_size=16 minutes=5 \
	  "compositing='depth'" keep=runs/depth-demo
	$(BIN)/python .ci/levers.py $(BENCH) nbs/depth_screens.jsonl benchmark-depth-seed1 patch_size=32 minutes=20 \
	  "compositing='depth'" seed=1 keep=runs/depth-benchmark-1
	$(BIN)/python .ci/levers.py data/spaceinvaders data/spaceinvaders-test nbs/depth_screens.jsonl spaceinvaders-depth-seed1 \
	  patch_size=16 minutes=20 "compositing='depth'" seed=1

## sprites kept inside their canvas (recentre_every, 01_generator), judged by what they show over the solid background: default with it
## on the benchmark game, Space Invaders and the demo game (nbs/recentre_shown_screens.jsonl; the code now recentres in the main
## phase only, as the run ending -main did, the others recentred in the fine-tune phase too; the runs of the rule's two earlier
## versions, which the code no longer has, are in nbs/recentre_v1_screens.jsonl and nbs/recentre_screens.jsonl)
recentre-screens: spaceinvaders-data game-data
	rm -f nbs/recentre_shown_screens.jsonl && rm -rf runs/shown-benchmark runs/shown-spaceinvaders runs/shown-main-spaceinvaders runs/shown-demo
	$(BIN)/python .ci/levers.py $(BENCH) nbs/recentre_shown_screens.jsonl benchmark-recentre-shown patch_size=32 minutes=20 \
	  recentre_every=50 keep=runs/shown-benchmark
	$(BIN)/python .ci/levers.py data/spaceinvaders data/spaceinvaders-test nbs/recentre_shown_screens.jsonl \
	  spaceinvaders-recentre-shown patch_size=16 minutes=20 recentre_every=50 keep=runs/shown-spaceinvaders
	$(BIN)/python .ci/levers.py data/spaceinvaders data/spaceinvaders-test nbs/recentre_shown_screens.jsonl \
	  spaceinvaders-recentre-shown-main patch_size=16 minutes=20 recentre_every=50 keep=runs/shown-main-spaceinvaders
	$(BIN)/python .ci/levers.py data/synthetic data/synthetic-test nbs/recentre_shown_screens.jsonl demo-recentre-shown \
	  patch_size=16 minutes=5 recentre_every=50 keep=runs/shown-demo

## the alpha's temperature (nbs/alpha_temperature_screens.jsonl): one run of its own, then paired screens, each a copy of one
## default run on the benchmark stopped at about minute 13 of 20 (.ci/fork_base.py), resumed to the end with one setting changed;
## then the same on the demo game, stopped at about minute 3.5 of 5, and on Space Invaders, at about minute 13 of 20
ALPHA_FORKS ?= fork-default: fork-alpha-0.1:alpha_temperature=0.1 fork-default-again: fork-alpha-0.3:alpha_temperature=0.3
DEMO_FORKS ?= fork-default: fork-alpha-0.1:alpha_temperature=0.1 fork-default-again:
SI_FORKS ?= fork-default: fork-alpha-0.1:alpha_temperature=0.1
alpha-temperature-screens: game-data spaceinvaders-data
	rm -f nbs/alpha_temperature_screens.jsonl && rm -rf runs/alphacool-benchmark runs/fork-*
	$(BIN)/python .ci/levers.py $(BENCH) nbs/alpha_temperature_screens.jsonl benchmark-alpha-0.1 patch_size=32 minutes=20 \
	  alpha_temperature=0.1 keep=runs/alphacool-benchmark
	$(BIN)/python .ci/fork_base.py $(BENCH) runs/fork-base patch_size=32 minutes=20 stop=14.4
	for spec in $(ALPHA_FORKS); do name=$${spec%%:*}; setting=$${spec#*:}; cp -r runs/fork-base runs/$$name && \
	  $(BIN)/python .ci/levers.py $(BENCH) nbs/alpha_temperature_screens.jsonl benchmark-$$name patch_size=32 minutes=20 \
	    $$setting keep=runs/$$name || exit 1; done
	rm -rf runs/demofork-*
	$(BIN)/python .ci/fork_base.py data/synthetic data/synthetic-test runs/demofork-base patch_size=16 minutes=5 stop=3.6
	for spec in $(DEMO_FORKS); do name=$${spec%%:*}; setting=$${spec#*:}; cp -r runs/demofork-base runs/demo$$name && \
	  $(BIN)/python .ci/levers.py data/synthetic data/synthetic-test nbs/alpha_temperature_screens.jsonl demo-$$name \
	    patch_size=16 minutes=5 $$setting keep=runs/demo$$name || exit 1; done
	rm -rf runs/sifork-*
	$(BIN)/python .ci/fork_base.py data/spaceinvaders data/spaceinvaders-test runs/sifork-base patch_size=16 minutes=20 stop=14.4
	for spec in $(SI_FORKS); do name=$${spec%%:*}; setting=$${spec#*:}; cp -r runs/sifork-base runs/si$$name && \
	  $(BIN)/python .ci/levers.py data/spaceinvaders data/spaceinvaders-test nbs/alpha_temperature_screens.jsonl \
	    spaceinvaders-$$name patch_size=16 minutes=20 $$setting keep=runs/si$$name || exit 1; done

## splitting overloaded sprites (Config.split_every, nbs/split_sprite_screens.jsonl, shown in nbs/08a_fast_training.ipynb):
## `default` with and without splits every 500 steps, seed 1 on the benchmark (seed 0: nbs/explore_screens.jsonl, nbs/split_screens.jsonl)
split-screens: game-data
	rm -f nbs/split_sprite_screens.jsonl && rm -rf runs/splits-*
	$(BIN)/python .ci/levers.py $(BENCH) nbs/split_sprite_screens.jsonl benchmark-default-seed1 patch_size=32 minutes=20 seed=1 \
	  keep=runs/splits-default-seed1
	$(BIN)/python .ci/levers.py $(BENCH) nbs/split_sprite_screens.jsonl benchmark-split-seed1 patch_size=32 minutes=20 \
	  split_every=500 seed=1 keep=runs/splits-benchmark-seed1

## headless Chromium for the browser test in nbs/14b_inspect.ipynb (Debian's package, driven by Playwright: no browser download)
chromium: $(STAMP)
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

## PixiJS for the engine test in nbs/15_export.ipynb (from the npm registry into the ignored .cache/npm; needs node and npm)
pixi:
	npm install --prefix .cache/npm --no-audit --no-fund --silent pixi.js@8.22.0
