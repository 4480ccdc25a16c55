package slope.numpy;

/**
 * {@code sklearn.datasets}' toy datasets that teaching notebooks draw (micrograd's demo makes moons): scikit-learn's
 * own code over NumPy's legacy generator, so a seeded program gets scikit-learn's points.
 */
final class SklearnSource {
    private SklearnSource() {}

    static final String DATASETS = """
            import numpy as np


            def _check_random_state(seed):
                if seed is None:
                    return np.random._rand
                if isinstance(seed, int):
                    return np.random.RandomState(seed)
                return seed


            def _shuffle(X, y, random_state):
                indices = np.arange(X.shape[0])
                random_state.shuffle(indices)
                return X[indices], y[indices]


            def _split(n_samples):
                if isinstance(n_samples, int):
                    return n_samples // 2, n_samples - n_samples // 2
                return n_samples


            def _two_classes(outer_x, outer_y, inner_x, inner_y, shuffle, noise, generator):
                # the outer points are class 0, the inner ones class 1; then scikit-learn's shuffle and noise, in its order
                X = np.vstack([np.append(outer_x, inner_x), np.append(outer_y, inner_y)]).T
                y = np.hstack([np.zeros(len(outer_x), dtype=np.intp), np.ones(len(inner_x), dtype=np.intp)])
                if shuffle:
                    X, y = _shuffle(X, y, generator)
                if noise is not None:
                    X += generator.normal(scale=noise, size=X.shape)
                return X, y


            def make_moons(n_samples=100, *, shuffle=True, noise=None, random_state=None):
                n_samples_out, n_samples_in = _split(n_samples)
                generator = _check_random_state(random_state)
                outer_circ_x = np.cos(np.linspace(0, np.pi, n_samples_out))
                outer_circ_y = np.sin(np.linspace(0, np.pi, n_samples_out))
                inner_circ_x = 1 - np.cos(np.linspace(0, np.pi, n_samples_in))
                inner_circ_y = 1 - np.sin(np.linspace(0, np.pi, n_samples_in)) - 0.5
                return _two_classes(outer_circ_x, outer_circ_y, inner_circ_x, inner_circ_y, shuffle, noise, generator)


            def make_circles(n_samples=100, *, shuffle=True, noise=None, random_state=None, factor=0.8):
                if factor >= 1 or factor < 0:
                    raise ValueError("'factor' has to be between 0 and 1.")
                n_samples_out, n_samples_in = _split(n_samples)
                generator = _check_random_state(random_state)
                linspace_out = np.linspace(0, 2 * np.pi, n_samples_out, endpoint=False)
                linspace_in = np.linspace(0, 2 * np.pi, n_samples_in, endpoint=False)
                outer_circ_x = np.cos(linspace_out)
                outer_circ_y = np.sin(linspace_out)
                inner_circ_x = np.cos(linspace_in) * factor
                inner_circ_y = np.sin(linspace_in) * factor
                return _two_classes(outer_circ_x, outer_circ_y, inner_circ_x, inner_circ_y, shuffle, noise, generator)


            def make_blobs(n_samples=100, n_features=2, *, centers=None, cluster_std=1.0, center_box=(-10.0, 10.0),
                           shuffle=True, random_state=None, return_centers=False):
                generator = _check_random_state(random_state)
                if centers is None:
                    centers = 3
                if isinstance(centers, int):
                    n_centers = centers
                    centers = generator.uniform(center_box[0], center_box[1], size=(n_centers, n_features))
                else:
                    centers = np.asarray(centers, dtype=float)
                    n_features = centers.shape[1]
                    n_centers = centers.shape[0]
                if isinstance(cluster_std, (int, float)):
                    cluster_std = np.full(len(centers), cluster_std)
                n_samples_per_center = [int(n_samples // n_centers)] * n_centers
                for i in range(n_samples % n_centers):
                    n_samples_per_center[i] += 1
                X = []
                y = []
                for i, (n, std) in enumerate(zip(n_samples_per_center, cluster_std)):
                    X.append(generator.normal(loc=centers[i], scale=std, size=(n, n_features)))
                    y += [i] * n
                X = np.concatenate(X)
                y = np.array(y)
                if shuffle:
                    X, y = _shuffle(X, y, generator)
                if return_centers:
                    return X, y, centers
                return X, y
            """;
}
