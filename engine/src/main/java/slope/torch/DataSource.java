package slope.torch;

/** {@code torch.utils.data}, written in Python like PyTorch's (dataset.py, dataloader.py, collate.py), single-process. */
final class DataSource {
    private DataSource() {}

    /** Dataset, TensorDataset, Subset, random_split, DataLoader and default_collate. */
    static final String DATA = """
            import math
            import torch


            class Dataset:
                __module__ = 'torch.utils.data.dataset'
                def __getitem__(self, index):
                    raise NotImplementedError('Subclasses of Dataset should implement __getitem__.')


            class TensorDataset(Dataset):
                __module__ = 'torch.utils.data.dataset'
                def __init__(self, *tensors):
                    for t in tensors:
                        if t.size(0) != tensors[0].size(0):
                            raise AssertionError('Size mismatch between tensors')
                    self.tensors = tensors

                def __getitem__(self, index):
                    return tuple(tensor[index] for tensor in self.tensors)

                def __len__(self):
                    return self.tensors[0].size(0)


            def default_collate(batch):
                elem = batch[0]
                if isinstance(elem, torch.Tensor):
                    return torch.stack(batch, 0)
                if isinstance(elem, bool):
                    return torch.tensor(batch)
                if isinstance(elem, float):
                    return torch.tensor(batch, dtype=torch.float64)
                if isinstance(elem, int):
                    return torch.tensor(batch)
                if isinstance(elem, str):
                    return batch
                if isinstance(elem, dict):
                    return {key: default_collate([d[key] for d in batch]) for key in elem}
                if isinstance(elem, (tuple, list)):
                    size = len(elem)
                    if any(len(e) != size for e in batch):
                        raise RuntimeError('each element in list of batch should be of equal size')
                    return [default_collate(list(samples)) for samples in zip(*batch)]
                raise TypeError(f'default_collate: batch must contain tensors, numbers, dicts or lists; found {type(elem)}')


            class DataLoader:
                __module__ = 'torch.utils.data.dataloader'
                def __init__(self, dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0,
                             collate_fn=None, pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None,
                             multiprocessing_context=None, generator=None, *, prefetch_factor=None, persistent_workers=False,
                             pin_memory_device=''):
                    self.dataset = dataset
                    self.batch_size = batch_size
                    self.shuffle = bool(shuffle)
                    self.drop_last = drop_last
                    self.collate_fn = default_collate if collate_fn is None else collate_fn
                    self.generator = generator

                def _indices(self):
                    # PyTorch's draws, so that seeded programs get its batches: the iterator's base seed, then
                    # RandomSampler's own generator seeded from the default one (or the loader's generator)
                    torch.empty((), dtype=torch.int64).random_(generator=self.generator)
                    n = len(self.dataset)
                    if not self.shuffle:
                        return range(n)
                    generator = self.generator
                    if generator is None:
                        generator = torch.Generator()
                        generator.manual_seed(int(torch.empty((), dtype=torch.int64).random_().item()))
                    return torch.randperm(n, generator=generator).tolist()

                def __iter__(self):
                    if self.batch_size is None:
                        for i in self._indices():
                            yield self.dataset[i]
                        return
                    batch = []
                    for i in self._indices():
                        batch.append(self.dataset[i])
                        if len(batch) == self.batch_size:
                            yield self.collate_fn(batch)
                            batch = []
                    if batch and not self.drop_last:
                        yield self.collate_fn(batch)

                def __len__(self):
                    n = len(self.dataset)
                    if self.batch_size is None:
                        return n
                    if self.drop_last:
                        return n // self.batch_size
                    return (n + self.batch_size - 1) // self.batch_size


            def random_split(dataset, lengths, generator=None):
                n = len(dataset)
                if all(isinstance(x, float) for x in lengths) and math.isclose(sum(lengths), 1) and sum(lengths) <= 1:
                    counts = [int(math.floor(n * frac)) for frac in lengths]
                    for i in range(n - sum(counts)):
                        counts[i % len(counts)] += 1
                    lengths = counts
                if sum(lengths) != n:
                    raise ValueError('Sum of input lengths does not equal the length of the input dataset!')
                perm = torch.randperm(n, generator=generator).tolist()
                out, offset = [], 0
                for length in lengths:
                    out.append(Subset(dataset, perm[offset:offset + length]))
                    offset += length
                return out


            class Subset(Dataset):
                __module__ = 'torch.utils.data.dataset'
                def __init__(self, dataset, indices):
                    self.dataset = dataset
                    self.indices = indices

                def __getitem__(self, idx):
                    return self.dataset[self.indices[idx]]

                def __len__(self):
                    return len(self.indices)
            """;
}
