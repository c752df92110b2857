"""Where a training step's time goes: `python .ci/profile_step.py OUT.json [preset] [size] [patch_size]`.
Profiles `steps` training steps (after warm-up) of a preset on random frames with torch.profiler, and writes the time
of each phase (forward, backward, optimiser) and the operators that take the most self time, with the thread count."""
import json, sys, time
import torch
from torch.profiler import profile, ProfilerActivity, record_function
from marionette.model import MarioNette, preset
from marionette.training import learning_groups, step_losses

out = sys.argv[1]
name, size, k = (sys.argv[2] if len(sys.argv) > 2 else 'default'), int(sys.argv[3]) if len(sys.argv) > 3 else 128, int(sys.argv[4]) if len(sys.argv) > 4 else 32
config = preset(name, patch_size=k)
torch.manual_seed(0)
model = MarioNette(config, (size, size), (0.5, 0.5, 0.5)).train()
opt = torch.optim.AdamW(learning_groups(model, config), weight_decay=config.weight_decay)
frames = torch.rand(config.batch_size, 3, size, size)

def step():
    with record_function('forward'): out, losses = step_losses(model, frames, config, config.lambda_beta)
    opt.zero_grad(set_to_none=True)
    with record_function('backward'): losses['loss'].backward()
    with record_function('optimizer'): opt.step()

for _ in range(3): step()
steps = 10
with profile(activities=[ProfilerActivity.CPU]) as prof:
    t0 = time.perf_counter()
    for _ in range(steps): step()
    seconds = (time.perf_counter() - t0) / steps
events = prof.key_averages()
phases = {e.key: e.cpu_time_total / steps / 1e6 for e in events if e.key in ('forward', 'backward', 'optimizer')}
total_self = sum(e.self_cpu_time_total for e in events)
top = sorted(events, key=lambda e: e.self_cpu_time_total, reverse=True)[:15]
result = dict(preset=name, size=size, patch_size=k, batch_size=config.batch_size, threads=torch.get_num_threads(),
              s_per_step=seconds, phases_s=phases,
              top_ops=[dict(op=e.key, self_share=e.self_cpu_time_total / total_self, calls_per_step=e.count / steps) for e in top])
open(out, 'w').write(json.dumps(result, indent=1))
print(json.dumps(result, indent=1))
