// Names offered by completion: what Slope's engine supports (README "Supported Python and PyTorch").
const fn = (names, detail) => names.split(/\s+/).filter(Boolean).map(label => ({ label, type: "function", detail }));
const cls = (names, detail) => names.split(/\s+/).filter(Boolean).map(label => ({ label, type: "class", detail }));
const vars = (names, detail) => names.split(/\s+/).filter(Boolean).map(label => ({ label, type: "variable", detail }));

const TORCH = [
  ...fn(`tensor zeros ones full empty arange linspace eye zeros_like ones_like full_like empty_like rand randn
    randint randperm rand_like randn_like randint_like normal bernoulli multinomial manual_seed seed initial_seed
    meshgrid abs exp log log1p log10 log2 erf sqrt sin cos tan tanh sigmoid relu
    pow clamp maximum minimum where sum mean max min prod var std norm softmax log_softmax matmul mm mv dot bmm cat
    stack flip gather index_select masked_fill triu tril sort argsort topk split chunk unbind narrow cumsum amax amin
    logsumexp outer einsum movedim broadcast_to roll scatter scatter_add nonzero unique rsqrt remainder floor_divide
    diag diagonal trace bincount histc repeat_interleave trunc fmod median index_add std_mean var_mean reshape transpose permute unsqueeze
    squeeze
    select flatten no_grad enable_grad
    set_grad_enabled
    is_grad_enabled inference_mode is_tensor
    is_floating_point numel argmax argmin isclose allclose equal save load set_printoptions get_printoptions vmap finfo
    get_default_dtype inverse det asin acos atan sinh cosh asinh acosh atanh arcsin arccos arctan arcsinh arccosh
    arctanh atan2 arctan2 hypot exp2 erfc frac deg2rad rad2deg sgn signbit logical_and logical_or logical_xor isinf
    isfinite isposinf isneginf logit xlogy logaddexp expm1 eq ne gt ge lt le greater greater_equal less less_equal not_equal tile diff hstack vstack
    row_stack dstack column_stack atleast_1d atleast_2d atleast_3d count_nonzero nan_to_num argwhere masked_select take
    take_along_dim tensor_split cartesian_prod tril_indices triu_indices msort aminmax nansum nanmean unflatten cumprod
    negative subtract multiply divide absolute moveaxis swapaxes swapdims ravel fliplr flipud concatenate kron
    block_diag cdist cummax cummin kthvalue searchsorted bucketize quantile nanquantile cov corrcoef`,
    "torch"),
  ...vars(`float32 float64 int64 int32 bool float double long int nn optim autograd func distributions linalg pi
    default_generator`,
    "torch"),
  ...cls(`Tensor Size Generator`, "torch"),
];

const TENSOR = [
  ...fn(`backward item tolist numpy detach requires_grad_ retain_grad register_hook register_post_accumulate_grad_hook
    zero_ size dim numel reshape view
    transpose t permute unsqueeze squeeze select expand flatten sum mean max min prod var std norm exp log sqrt sin
    cos
    tanh sigmoid relu pow clamp clamp_min clamp_max abs neg log10 log2 erf matmul mm dot softmax log_softmax float double
    long int bool
    to clone argmax
    argmin add_ sub_ mul_ div_ fill_ copy_ uniform_ normal_ random_ bernoulli_ exponential_ bernoulli multinomial type
    is_floating_point nelement isclose allclose flip repeat gather index_select masked_fill triu tril sort argsort
    topk
    split chunk unbind narrow cumsum amax amin logsumexp outer movedim broadcast_to expand_as where new_zeros new_ones
    new_full new_tensor type_as cpu is_contiguous stride roll scatter scatter_add scatter_ scatter_add_ nonzero unique
    rsqrt remainder floor_divide repeat_interleave trunc fmod median index_add index_add_ diagonal trace bincount histc
    relu_ sigmoid_ tanh_ exp_ log_ sqrt_ clamp_ clip_ abs_ neg_ pow_ square_ masked_fill_ nan_to_num_ asin acos atan
    sinh cosh atan2 hypot logical_and logical_or logical_xor isinf isfinite eq ne gt ge lt le tile diff count_nonzero
    nan_to_num masked_select take take_along_dim tensor_split cumprod unfold unflatten aminmax nansum nanmean kron
    cummax cummin kthvalue quantile nanquantile cov corrcoef`, "tensor"),
  ...vars(`grad grad_fn requires_grad is_leaf retains_grad shape dtype data T`, "tensor"),
];

const NN = [
  ...cls(`Module Linear Sequential ReLU Tanh Sigmoid Softmax MSELoss CrossEntropyLoss L1Loss BCELoss Parameter
    ModuleList ModuleDict ParameterList ParameterDict Flatten Unflatten Embedding LayerNorm Dropout GELU SiLU Conv1d Conv2d ConvTranspose1d ConvTranspose2d MaxPool1d
    MaxPool2d AvgPool1d AvgPool2d AdaptiveAvgPool1d AdaptiveAvgPool2d BatchNorm1d BatchNorm2d ZeroPad2d RNN LSTM GRU
    RNNCell LSTMCell GRUCell Hardtanh ReLU6 SELU CELU Threshold LogSigmoid Mish Hardswish Hardsigmoid Softsign Tanhshrink
    Hardshrink Softshrink
    Softmin GLU PReLU CosineSimilarity PairwiseDistance SmoothL1Loss HuberLoss KLDivLoss MultiheadAttention
    TransformerEncoderLayer TransformerEncoder Upsample`, "torch.nn"),
  ...vars(`functional init`, "torch.nn"),
];

const FUNCTIONAL = fn(`relu tanh sigmoid softmax scaled_dot_product_attention interpolate log_softmax mse_loss cross_entropy l1_loss linear gelu silu dropout
  one_hot embedding conv1d conv2d conv_transpose1d conv_transpose2d max_pool1d max_pool2d avg_pool1d avg_pool2d
  adaptive_avg_pool1d adaptive_avg_pool2d pad unfold fold hardtanh relu6 selu celu threshold logsigmoid mish hardswish
  hardsigmoid softsign tanhshrink hardshrink softshrink softmin glu prelu normalize cosine_similarity pairwise_distance smooth_l1_loss huber_loss
  kl_div`, "torch.nn.functional");
const OPTIM = cls(`SGD Adam AdamW RMSprop Adagrad LBFGS`, "torch.optim");
const AUTOGRAD = [...fn(`grad backward gradcheck gradgradcheck detect_anomaly set_detect_anomaly`, "torch.autograd"),
  ...cls(`Function`, "torch.autograd"),
  ...vars(`functional`, "torch.autograd")];
const AUTOGRAD_FUNCTIONAL = fn(`jacobian hessian vjp jvp vhp hvp`, "torch.autograd.functional");
const DISTRIBUTIONS = [...cls(`Normal Bernoulli Categorical Uniform Distribution`, "torch.distributions"),
  ...fn(`kl_divergence`, "torch.distributions")];
const LINALG = fn(`inv det solve norm vector_norm cholesky lstsq`, "torch.linalg");
const FUNC = fn(`grad grad_and_value vjp jvp jacrev jacfwd hessian vmap functional_call`, "torch.func");
const PLT = fn(`plot scatter contour contourf clabel imshow show figure subplots subplot title xlabel ylabel legend xlim
  ylim
  xscale yscale grid axhline axvline text annotate axis quiver bar hist fill_between semilogy semilogx loglog xticks
  yticks colorbar gca gcf axes rcParams rc rcdefaults twinx tick_params errorbar`, "matplotlib.pyplot");

const NUMPY = [
  ...fn(`array asarray zeros ones empty full zeros_like ones_like full_like arange linspace eye identity meshgrid copy
    sin cos tan tanh exp log log2 log10 sqrt log1p expm1 floor ceil trunc abs absolute sign negative square add subtract
    multiply divide power maximum minimum where outer dot matmul sum mean max min amax amin std var prod argmax argmin
    any all cumsum reshape ravel transpose squeeze clip round around argsort sort unique expand_dims concatenate stack
    vstack hstack column_stack isclose allclose array_equal isnan isinf isfinite logspace finfo append count_nonzero median diff histogram bincount tile repeat flip roll triu tril
    trace einsum cumprod arcsin arccos arctan arctan2 sinh cosh degrees radians set_printoptions
    get_printoptions`, "numpy"),
  ...vars(`pi e inf nan newaxis float32 float64 int32 int64 bool_ random linalg c_ r_`, "numpy"),
  ...cls(`ndarray`, "numpy"),
];
const NUMPY_RANDOM = [...fn(`seed rand randn randint random random_sample uniform normal standard_normal choice shuffle
  permutation`, "numpy.random"), ...cls(`RandomState`, "numpy.random")];

export const NAMES = {
  torch: TORCH, nn: NN, "torch.nn": NN, F: FUNCTIONAL, "nn.functional": FUNCTIONAL, "torch.nn.functional": FUNCTIONAL,
  optim: OPTIM, "torch.optim": OPTIM, "torch.autograd": AUTOGRAD, "torch.autograd.functional": AUTOGRAD_FUNCTIONAL,
  "torch.func": FUNC, "torch.distributions": DISTRIBUTIONS, distributions: DISTRIBUTIONS, "torch.linalg": LINALG,
  plt: PLT, "matplotlib.pyplot": PLT,
  np: NUMPY, numpy: NUMPY, "np.random": NUMPY_RANDOM, "numpy.random": NUMPY_RANDOM,
  "<tensor>": TENSOR,
};

export const TOP_LEVEL = [
  ...vars(`torch nn optim plt F math np`, "module"),
  ...fn(`print range len enumerate zip list dict tuple set min max sum abs round sorted reversed isinstance
    float int str bool map filter any all super type`, "builtin"),
  { label: "import torch", type: "keyword", apply: "import torch" },
  { label: "import torch.nn as nn", type: "keyword", apply: "import torch.nn as nn" },
  { label: "import matplotlib.pyplot as plt", type: "keyword", apply: "import matplotlib.pyplot as plt" },
  { label: "import numpy as np", type: "keyword", apply: "import numpy as np" },
];
