"""Super Mario Bros. end to end, from a video: `python .ci/mario_video.py OUT_DIR [--frames 600] [--minutes 15] [--quick]`.
1. World 1-1 played by the seeded script of `marionette.games` (`OUT_DIR/game/`: 256x240 PNGs and the NES sprite
   table's boxes), encoded as a lossy MP4 at the NES's 60 fps (`OUT_DIR/mario.mp4`); its PSNR against the PNGs.
2. MarioNette trained from the MP4 on the CPU (`OUT_DIR/run/`): the `default` preset at k=32, Mario's sprite scale.
3. The run exported with whole-pixel positions (`OUT_DIR/export/`: sprites.png/json, animations.json, sprites.tres,
   placements.json with tracks, masks/).
4. The export drawn by PixiJS in headless Chromium and compared with the model's hard reconstruction of the snapped
   scene, as the engine test of nbs/15_export.ipynb does (`OUT_DIR/pixi-frame.png`: PixiJS | model | input).
5. `OUT_DIR/report.json`: video PSNR, training, hard PSNR, sprites, tracks, the animations found and which of them
   draw Mario and the goombas (from the sprite table's boxes), and PixiJS against the model.
`--quick` (60 frames, 0.3 minutes, the `tiny` preset at k=8, 8 frames drawn by PixiJS) checks the script itself. PSNRs are per frame, at most
120 dB (identical images: the MSE floor of `psnr_from_mse`)."""
import argparse, json, os, sys, time
from pathlib import Path
import numpy as np
import torch
from PIL import Image
from marionette.data import MarionetteError, FrameDataset, frame_files, load_frame
from marionette.export import export_run, pixi_draw, snap_scene, sprite_name
from marionette.games import mario_frames
from marionette.scene import render_frame, scene_from_model, to_uint8
from marionette.model import preset
from marionette.runs import load_run
from marionette.tracks import sprite_runs
from marionette.evaluation import psnr_from_mse
from marionette.training import hard_psnr, train
from marionette.video import VIDEO_CODECS, write_video

FPS = 60                                  # the NES draws 60 frames a second
MARIO_TILES = range(0x00, 0x50)           # Mario's tiles in the CHR ROM of Super Mario Bros. (big and small), palette 0
GOOMBA_TILES = range(0x70, 0x74)          # a goomba: 2x2 tiles; it walks by mirroring them

def psnr_8bit(a: np.ndarray, # (..., 3) uint8
              b: np.ndarray) -> float: # same shape -> dB, 120 for identical images
    "PSNR of two 8-bit images, as the library scores frames."
    return psnr_from_mse(float(np.mean((a.astype(np.float64) / 255 - b.astype(np.float64) / 255) ** 2)))

def spread(values: list) -> dict: # per-frame figures -> min and mean
    return dict(min=round(min(values), 2), mean=round(float(np.mean(values)), 2))

def record(out: Path, # OUT_DIR
           frames: int, # frames to play
           seed: int) -> tuple: # -> (PNG frames (N, H, W, 3) uint8, the MP4, its report)
    "Play World 1-1 into `out/game/` and encode the frames as a lossy MP4 at 60 fps."
    game = mario_frames(out/'game', frames=frames, seed=seed)
    pngs = np.stack([load_frame(p) for p in frame_files(game)])                    # (N, 240, 256, 3)
    mp4 = write_video(out/'mario.mp4', pngs, fps=FPS, lossless=False)
    codec, pix_fmt, options = VIDEO_CODECS['.mp4', False]
    return pngs, mp4, dict(path=str(mp4), bytes=mp4.stat().st_size, codec=codec, pix_fmt=pix_fmt, options=options, fps=FPS)

def player_boxes(entry: dict, # one frame of boxes.json
                 tiles: range, # tile numbers of the object
                 palette: int|None=None) -> list: # sprite palette (attribute bits 0-1), or any -> [[x, y, w, h], ...]
    "The 8x8 hardware sprite boxes of one kind of object in a frame."
    return [b for b, (tile, attributes) in zip(entry['boxes'], entry['tiles'])
            if tile in tiles and (palette is None or attributes & 3 == palette)]

def box_mask(boxes: list, # [[x, y, w, h], ...]
             size: tuple) -> np.ndarray: # (H, W) -> (H, W) bool, inside any box
    mask = np.zeros(size, bool)
    for x, y, w, h in boxes: mask[y:y + h, x:x + w] = True
    return mask

def animations_of(export: Path) -> tuple: # export folder -> (animations for the report, track id -> animation name)
    "The animations an engine gets from the export: poses, sprites in order, frames held (sprites.json), durations (animations.json)."
    atlas, aseprite = json.loads((export/'sprites.json').read_text()), json.loads((export/'animations.json').read_text())
    doc = json.loads((export/'placements.json').read_text())
    played = {t['id']: t['animation'] for t in doc['tracks'] if t['animation']}
    found = []
    for tag in aseprite['meta']['frameTags']:
        runs = sprite_runs(atlas['animations'][tag['name']])                       # each pose repeated for the frames it is held
        found.append(dict(name=tag['name'], poses=len(runs), sprites=[s for s, _ in runs], frames_held=[n for _, n in runs],
                          durations_ms=[f['duration'] for f in aseprite['frames'][tag['from']:tag['to'] + 1]],
                          tracks=sum(1 for a in played.values() if a == tag['name'])))
    return found, played

def who_is_who(export: Path, # export folder
               boxes: list, # boxes.json's frames, one per exported frame
               animations: list, played: dict) -> dict: # from `animations_of`
    "Which animation draws Mario, which a goomba: the visible pixels of each (the export's masks) inside the sprite table's boxes."
    doc = json.loads((export/'placements.json').read_text())
    names = [a['name'] for a in animations]
    H, W = doc['canvas']['height'], doc['canvas']['width']
    objects = dict(mario=lambda e: player_boxes(e, MARIO_TILES, palette=0), goomba=lambda e: player_boxes(e, GOOMBA_TILES))
    inside = {o: np.zeros(len(names) + 1) for o in objects}                        # pixels of each animation in the boxes
    area, frames_seen, drawn = {o: 0 for o in objects}, {o: 0 for o in objects}, np.zeros(len(names) + 1)
    for f, entry in zip(doc['frames'], boxes):
        owner = np.asarray(Image.open(export/'masks'/(Path(f['frame']).stem + '.png'))).astype(np.int64)  # 0 or order + 1
        anim = np.array([len(names)] + [names.index(played[s['track']]) if s['track'] in played else len(names)
                                        for s in f['sprites']])[owner]             # (H, W) animation index; len(names): none
        visible = owner > 0
        drawn += np.bincount(anim[visible], minlength=len(names) + 1)
        for o, find in objects.items():
            box = box_mask(find(entry), (H, W))
            area[o] += int(box.sum()); frames_seen[o] += bool(box.any())
            inside[o] += np.bincount(anim[box & visible], minlength=len(names) + 1)
    result = {}
    for o in objects:
        best = int(inside[o][:-1].argmax()) if names and inside[o][:-1].max() > 0 else None
        share = float(inside[o][best] / drawn[best]) if best is not None else 0.0
        a = animations[best] if best is not None else None
        result[o] = dict(frames_with_boxes=frames_seen[o], box_pixels=area[o],
                         drawn_by_sprites=round(float(inside[o].sum() / max(area[o], 1)), 3),
                         drawn_by_animations=round(float(inside[o][:-1].sum() / max(area[o], 1)), 3),
                         animation=a and a['name'], animation_poses=a and a['poses'],
                         animation_share_in_boxes=round(share, 3),
                         animation_covers_boxes=round(float(inside[o][best] / max(area[o], 1)), 3) if a else 0.0,
                         found=bool(a and a['poses'] >= 2 and share >= 0.5))
    result['rule'] = ("per object, the animation whose visible pixels (masks/) fall most inside the object's sprite-table boxes; "
                      "found: it has 2 or more poses and at least half of its visible pixels lie inside those boxes")
    return result

def engine_check(run: Path, # run folder
                 data: FrameDataset, # the frames exported
                 export: Path, # the export (snapped)
                 count: int, # frames to check, spread over the clip
                 picture: Path) -> dict: # PNG to write: PixiJS | model (snapped) | input, of the first frame checked
    "PixiJS against the model's hard reconstruction of the snapped scene, and against its own fractional one, per frame."
    checked = np.unique(np.linspace(0, len(data) - 1, min(count, len(data))).round().astype(int)).tolist()
    drawn = pixi_draw(dict(mario=export), dict(mario=checked), timeout=600)['mario']
    model, frames = load_run(run, 'cpu'), data.frames[checked]
    scene = snap_scene(scene_from_model(model, frames, [data.files[t].name for t in checked]))
    doc = json.loads((export/'placements.json').read_text())
    same = all([(s['sprite'], s['x'], s['y']) for s in doc['frames'][t]['sprites']] ==
               [(sprite_name(p.sprite, len(scene.sprites)), int(p.x), int(p.y)) for p in placed] for t, placed in zip(checked, scene.frames))
    snapped = [to_uint8(render_frame(scene, n)[0]) for n in range(len(checked))]
    with torch.no_grad(): fractional = torch.cat([model(x.float() / 255, hard=True).recon for x in frames.split(16)])
    vs_snapped = [psnr_8bit(a, b) for a, b in zip(drawn['shots'], snapped)]
    vs_model = [psnr_8bit(a, to_uint8(r)) for a, r in zip(drawn['shots'], fractional)]
    Image.fromarray(np.concatenate([drawn['shots'][0], snapped[0], frames[0].permute(1, 2, 0).numpy()], 1)).save(picture)
    return dict(pixi=drawn['version'], renderer=drawn['renderer'], frames_checked=checked, placements_match_model=same,
                vs_snapped_model=spread(vs_snapped), vs_fractional_model=spread(vs_model),
                per_frame_vs_snapped_model=[round(v, 2) for v in vs_snapped],
                animated_sprite_frames=drawn['animations'], picture=str(picture))

def main(out: Path, frames: int, minutes: float, seed: int, config_name: str, patch_size: int, check_frames: int) -> dict:
    if out.exists() and (not out.is_dir() or any(out.iterdir())): raise MarionetteError(f"{out}: holds files; write into a new folder")
    seconds, t0 = {}, time.monotonic()
    lap = lambda name: seconds.__setitem__(name, round(time.monotonic() - t0 - sum(seconds.values()), 1))
    pngs, mp4, video = record(out, frames, seed); lap('record')
    data = FrameDataset(mp4, video=dict(max_frames=frames))                          # decoded once, cached beside the MP4
    if len(data) != len(pngs): raise MarionetteError(f"{mp4}: decodes to {len(data)} frames, {len(pngs)} were encoded")
    video['psnr_vs_png'] = spread([psnr_8bit(d.permute(1, 2, 0).numpy(), p) for d, p in zip(data.frames, pngs)])
    video['identical_frames'] = int(sum((d.permute(1, 2, 0).numpy() == p).all() for d, p in zip(data.frames, pngs))); lap('decode')
    config = preset(config_name, patch_size=patch_size)
    model, history = train(data, out/'run', config, minutes=minutes, device='cpu', progress=False); lap('train')
    training = dict(preset=config_name, patch_size=patch_size, dict_size=config.dict_size, batch_size=config.batch_size,
                    steps=history[-1]['step'], minutes=round(history[-1]['minutes'], 2),
                    threads=torch.get_num_threads(), OMP_NUM_THREADS=os.environ.get('OMP_NUM_THREADS'),
                    hard_psnr=round(hard_psnr(model, data.frames), 2)); lap('hard_psnr')
    written = export_run(out/'run', data, out/'export', snap=True, fps=FPS, gif=False, mp4=False, device='cpu'); lap('export')
    animations, played = animations_of(out/'export')
    boxes = json.loads((out/'game'/'boxes.json').read_text())['frames']
    objects = who_is_who(out/'export', boxes, animations, played); lap('ground_truth')
    try: engine = engine_check(out/'run', data, out/'export', check_frames, out/'pixi-frame.png')
    except MarionetteError as e: engine = dict(skipped=str(e))
    lap('pixi')
    return dict(frames=dict(count=len(data), size=list(pngs.shape[1:3]), seed=seed, fps=FPS), video=video, training=training,
                export=dict(folder=str(out/'export'), sprites_used=written['sprites'], placements=written['placements'],
                            tracks=written['tracks'], animations=written['animations']),
                animations=animations, mario=objects['mario'], goomba=objects['goomba'], rule=objects['rule'],
                pixi=engine, seconds=seconds)

if __name__ == '__main__':
    args = argparse.ArgumentParser(description=__doc__.split('\n')[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    args.add_argument('out', type=Path, help='new folder: the game, the MP4, the run, the export and report.json')
    args.add_argument('--frames', type=int, help='frames of World 1-1 to play (default 600; --quick 60)')
    args.add_argument('--minutes', type=float, help='CPU minutes of training (default 15; --quick 0.3)')
    args.add_argument('--seed', type=int, default=0, help="the scripted player's seed")
    args.add_argument('--check-frames', type=int, help='frames drawn with PixiJS, spread over the clip (default 60; --quick 8)')
    args.add_argument('--quick', action='store_true', help="a smoke test: 60 frames, 0.3 minutes, the 'tiny' preset at k=8, 8 frames drawn")
    a = args.parse_args()
    try:
        report = main(a.out, a.frames or (60 if a.quick else 600), a.minutes or (0.3 if a.quick else 15.0), a.seed,
                      'tiny' if a.quick else 'default', 8 if a.quick else 32, a.check_frames or (8 if a.quick else 60))
    except MarionetteError as e: sys.exit(f'error: {e}')
    (a.out/'report.json').write_text(json.dumps(report, indent=1))
    print(json.dumps({k: v for k, v in report.items() if k != 'pixi'} | dict(pixi={k: v for k, v in report['pixi'].items()
                                                                                 if k != 'per_frame_vs_snapped_model'}), indent=1))
