"""What the anchor grid can hold on the benchmark game: `python .ci/capacity_probe.py OUT [patch_size=32] [layers=1,2,3]`.
Takes the held-out frames' ground truth (`benchmark_objects`, seed 0, frames 600-799: `data/benchmark-test`) and places
every object, in the game's drawing order, in a slot (layer, anchor) the model has: an anchor whose sprite, with the
object centred in its k x k box, reaches the object within +-k/2, and a layer in front of every object drawn before it
whose opaque pixels it overlaps (so that *over* compositing draws the pair right whatever the order inside a layer).
Each object takes the lowest such layer and the nearest free anchor in it; an object with no free slot is left out.
The frames redrawn from the objects placed are then scored like a model's hard pass. No learning: a ceiling of the
representation (for this greedy placement) that a trained model can at best reach. One JSON line per layer count, then
the same with the order inside a layer learned (`Config.compositing='depth'`): an object may share a layer with those
it overlaps, since each anchor's depth puts it in front."""
import json, sys
import numpy as np
from marionette.data import benchmark_world, benchmark_objects, render_benchmark_frame
from marionette.evaluation import psnr_from_mse

out = sys.argv[1]
opts = dict(a.split('=', 1) for a in sys.argv[2:])
k, layer_counts = int(opts.get('patch_size', 32)), [int(n) for n in opts.get('layers', '1,2,3').split(',')]
world, size, first, count = benchmark_world(0, 128), 128, 600, 200
grid, step = size // (k // 2), k // 2

def opaque(obj) -> np.ndarray: # (size + 2k, size + 2k) bool: the object's opaque pixels, in a frame padded by k
    c, p, x, y = obj
    sprite, mask = world['sprites'][c][p], np.zeros((size + 2 * k, size + 2 * k), bool)
    mask[y + k:y + k + sprite.shape[0], x + k:x + k + sprite.shape[1]] = sprite[..., 3] > 0
    return mask

def reachable(obj) -> list: # anchors (i, j) that can draw this object, nearest first
    c, p, x, y = obj
    h, w = world['sprites'][c][p].shape[:2]
    corner = (y - (k - h) // 2, x - (k - w) // 2)                            # the centred k x k box's top-left
    ok = [(i, j) for i in range(grid) for j in range(grid)                  # anchor window's corner: step*i - k/4, +-k/2 offsets
          if abs(corner[0] - (step * i - k // 4)) <= k // 2 and abs(corner[1] - (step * j - k // 4)) <= k // 2]
    return sorted(ok, key=lambda a: abs(step * a[0] - k // 4 - corner[0]) + abs(step * a[1] - k // 4 - corner[1]))

def place(objects: np.ndarray, layers: int, ordered: bool) -> list: # ordered: inside a layer too; returns the objects given a slot
    masks = [opaque(o) for o in objects]
    layer_of, taken = {}, set()
    for n, obj in enumerate(objects):
        if not masks[n].any(): continue                                      # off screen
        lowest = max((layer_of[m] + (not ordered) for m in layer_of if (masks[m] & masks[n]).any()), default=0)
        slot = next(((l, i, j) for l in range(lowest, layers) for i, j in reachable(obj) if (l, i, j) not in taken), None)
        if slot: taken.add(slot); layer_of[n] = slot[0]
    return sorted(layer_of)

rows = []
for layers, ordered in [(n, False) for n in layer_counts] + [(n, True) for n in layer_counts]:
    scores, placed, visible = [], 0, 0
    for t in range(first, first + count):
        objects = benchmark_objects(world, t)
        frame = render_benchmark_frame(world['sprites'], objects, size, world['background'])[0].astype(float) / 255
        kept = place(objects, layers, ordered)
        redrawn = render_benchmark_frame(world['sprites'], objects[kept], size, world['background'])[0].astype(float) / 255
        scores.append(((redrawn - frame) ** 2).mean())
        placed, visible = placed + len(kept), visible + sum(opaque(o).any() for o in objects)
    rows.append(dict(patch_size=k, layers=layers, order_in_layer=ordered, frames=count, objects_per_frame=visible / count, placed=round(placed / visible, 4),
                     frames_exact=round(float(np.mean([s == 0 for s in scores])), 3),
                     psnr=round(float(np.mean([psnr_from_mse(s) for s in scores])), 2), psnr_pooled=round(psnr_from_mse(float(np.mean(scores))), 2)))
    print(json.dumps(rows[-1]))
with open(out, 'w') as f: f.write(''.join(json.dumps(r) + '\n' for r in rows))
