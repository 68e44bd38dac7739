/** The end of train.py (Python text): options, optimizer and loss as Convas', the epoch loop on one device or under torchrun. */
export const TRAIN_LOOP_PY = String.raw`def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="per process")
    parser.add_argument("--lr", type=float, default=LEARNING_RATE)
    parser.add_argument("--data", help="the dataset's folder or file, if it has moved")
    parser.add_argument("--limit", type=int, help="use only N images, drawn at random (a quick try)")
    parser.add_argument("--from-scratch", action="store_true", help="start from random weights, not the exported ones")
    parser.add_argument("--out", default=os.path.join(HERE, "trained.safetensors"))
    return parser.parse_args()


def make_optimizer(params, lr):
    # TensorFlow.js' defaults, so a run here behaves like one in Convas.
    if OPTIMIZER == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=MOMENTUM)
    if OPTIMIZER == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=0.9, eps=1e-7)
    if OPTIMIZER == "adagrad":
        return torch.optim.Adagrad(params, lr=lr, initial_accumulator_value=0.1)
    return torch.optim.Adam(params, lr=lr, eps=1e-7)


def loss_of(output, target):
    if TASK == "regression":
        return F.mse_loss(output, target.float().reshape(output.shape))
    # The model returns probabilities (its head's activation), as Convas' categorical cross-entropy reads them.
    return F.nll_loss(torch.log(output.clamp(1e-7, 1.0)), target)


def as_input(images, device):
    """uint8 N×H×W×C → float N×C×H×W in [0, 1]."""
    return images.to(device).permute(0, 3, 1, 2).float().div(255)


@torch.no_grad()
def evaluate(model, dataset, device, batch_size):
    if len(dataset) == 0:
        return ""
    model.eval()
    total, right = 0.0, 0
    for images, target in DataLoader(dataset, batch_size=batch_size):
        output, target = model(as_input(images, device)), target.to(device)
        total += loss_of(output, target).item() * len(target)
        if TASK == "classification":
            right += (output.argmax(1) == target).sum().item()
    text = f", val loss {total / len(dataset):.4f}"
    return text + (f", val accuracy {right / len(dataset):.4f}" if TASK == "classification" else "")


def main():
    args = parse_args()
    distributed = int(os.environ.get("WORLD_SIZE", "1")) > 1
    if distributed:
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    rank, world = (dist.get_rank(), dist.get_world_size()) if distributed else (0, 1)
    local = int(os.environ.get("LOCAL_RANK", "0"))
    device = torch.device(f"cuda:{local}" if torch.cuda.is_available() else "cpu")
    if device.type == "cuda":
        torch.cuda.set_device(device)
    torch.manual_seed(SEED)

    images, labels = LOADERS[DATASET["kind"]](args.data)
    # Shuffled before --limit: files are often grouped by class.
    order = torch.randperm(len(images), generator=torch.Generator().manual_seed(SEED)).tolist()[:args.limit]
    held = int(len(order) * VALIDATION_SPLIT)
    dataset = TensorDataset(images, labels)
    train_set, val_set = Subset(dataset, order[held:]), Subset(dataset, order[:held])
    sampler = DistributedSampler(train_set, num_replicas=world, rank=rank, shuffle=True, seed=SEED) if distributed else None
    # BatchNorm cannot train on a batch of one image: drop such a last batch.
    per_process = -(-len(train_set) // world)
    loader = DataLoader(train_set, batch_size=args.batch_size, shuffle=sampler is None, sampler=sampler,
                        generator=torch.Generator().manual_seed(SEED), drop_last=per_process % args.batch_size == 1)

    model = Model()
    if not args.from_scratch and os.path.exists(WEIGHTS):
        model.load_state_dict(load_safetensors(WEIGHTS), strict=False)
    model.to(device)
    net = DistributedDataParallel(model, device_ids=[local] if device.type == "cuda" else None) if distributed else model
    optimizer = make_optimizer(net.parameters(), args.lr)
    if rank == 0:
        print(f"Training on {len(train_set)} images ({len(val_set)} for validation), {world} process(es) on {device.type}", flush=True)
    for epoch in range(args.epochs):
        if sampler:
            sampler.set_epoch(epoch)
        net.train()
        sums = torch.zeros(2, device=device)
        for batch, target in loader:
            batch, target = augment(as_input(batch, device)), target.to(device)
            loss = loss_of(net(batch), target)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            sums += torch.stack([loss.detach() * len(target), torch.tensor(float(len(target)), device=device)])
        if distributed:
            dist.all_reduce(sums)
        if rank == 0:
            val = evaluate(model, val_set, device, args.batch_size)
            print(f"epoch {epoch + 1}/{args.epochs}: loss {(sums[0] / sums[1]).item():.4f}{val}", flush=True)
    if rank == 0:
        save_safetensors({k: v for k, v in model.state_dict().items() if v.is_floating_point()}, args.out)
        print(f"Saved {args.out} (python3 predict.py --weights {os.path.basename(args.out)} IMAGE)", flush=True)
    if distributed:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
`;
