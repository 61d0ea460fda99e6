//! Fitting a linear model with L-BFGS: full-batch and single-threaded, so the same data gives
//! the same weights on every run and machine (no shuffling, no seeds).

/// Sparse rows: row `r` is `indices/values[offsets[r]..offsets[r + 1]]`.
pub struct Rows {
    pub offsets: Vec<usize>,
    pub indices: Vec<u32>,
    pub values: Vec<f32>,
    /// +1 for a check-worthy sentence, −1 otherwise.
    pub labels: Vec<f64>,
    /// Number of columns.
    pub dim: usize,
}

impl Rows {
    pub fn new(dim: usize) -> Rows {
        Rows {
            offsets: vec![0],
            indices: Vec::new(),
            values: Vec::new(),
            labels: Vec::new(),
            dim,
        }
    }

    /// Adds a row from (column, value) pairs.
    pub fn push(&mut self, row: &[(u32, f32)], positive: bool) {
        for &(index, value) in row {
            self.indices.push(index);
            self.values.push(value);
        }
        self.offsets.push(self.indices.len());
        self.labels.push(if positive { 1.0 } else { -1.0 });
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    fn row(&self, at: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let start = self.offsets.get(at).copied().unwrap_or(0);
        let end = self.offsets.get(at + 1).copied().unwrap_or(start);
        let indices = self.indices.get(start..end).unwrap_or_default();
        let values = self.values.get(start..end).unwrap_or_default();
        indices
            .iter()
            .zip(values)
            .map(|(&index, &value)| (index as usize, f64::from(value)))
    }

    /// w·x + b of row `at`.
    pub fn margin(&self, at: usize, weights: &[f64], bias: f64) -> f64 {
        bias + self
            .row(at)
            .map(|(index, value)| weights.get(index).copied().unwrap_or(0.0) * value)
            .sum::<f64>()
    }
}

/// What is minimised.
#[derive(Clone, Copy, Debug)]
pub enum Loss {
    /// mean log(1 + e^(−y·z)) + λ/2 ‖w‖² (bias not regularised): logistic regression.
    Logistic { lambda: f64 },
    /// ½‖w‖² + ½b² + C Σ max(0, 1 − y·z)²: liblinear's L2-regularised squared-hinge SVM (the
    /// default of scikit-learn's `LinearSVC`, bias regularised as liblinear does).
    SquaredHinge { c: f64 },
}

/// Objective and gradient at `params` (weights, then the bias last).
fn evaluate(rows: &Rows, loss: Loss, params: &[f64], gradient: &mut [f64]) -> f64 {
    let (weights, bias) = params.split_at(rows.dim);
    let bias = bias.first().copied().unwrap_or(0.0);
    gradient.fill(0.0);
    let count = rows.len().max(1) as f64;
    let mut value = 0.0;
    let mut bias_gradient = 0.0;
    for at in 0..rows.len() {
        let label = rows.labels.get(at).copied().unwrap_or(1.0);
        let margin = rows.margin(at, weights, bias);
        let yz = label * margin;
        let d_margin = match loss {
            Loss::Logistic { .. } => {
                // Stable log(1 + e^−t) and its derivative.
                value += if yz > 0.0 {
                    (-yz).exp().ln_1p()
                } else {
                    -yz + yz.exp().ln_1p()
                };
                -label / (1.0 + yz.exp()) / count
            }
            Loss::SquaredHinge { c } => {
                let slack = 1.0 - yz;
                if slack > 0.0 {
                    value += c * slack * slack;
                    -2.0 * c * slack * label
                } else {
                    0.0
                }
            }
        };
        if d_margin != 0.0 {
            for (index, x) in rows.row(at) {
                if let Some(g) = gradient.get_mut(index) {
                    *g += d_margin * x;
                }
            }
            bias_gradient += d_margin;
        }
    }
    let norm2: f64 = weights.iter().map(|w| w * w).sum();
    match loss {
        Loss::Logistic { lambda } => {
            value = value / count + 0.5 * lambda * norm2;
            for (g, w) in gradient.iter_mut().zip(weights) {
                *g += lambda * w;
            }
        }
        Loss::SquaredHinge { .. } => {
            value += 0.5 * (norm2 + bias * bias);
            for (g, w) in gradient.iter_mut().zip(weights) {
                *g += w;
            }
            bias_gradient += bias;
        }
    }
    if let Some(g) = gradient.get_mut(rows.dim) {
        *g = bias_gradient;
    }
    value
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Minimises `loss` over `rows` with L-BFGS (10 corrections, backtracking Armijo line search)
/// from zero; returns (weights, bias).
pub fn fit(rows: &Rows, loss: Loss, max_iterations: usize) -> (Vec<f64>, f64) {
    const HISTORY: usize = 10;
    let size = rows.dim + 1;
    let mut params = vec![0.0; size];
    let mut gradient = vec![0.0; size];
    let mut value = evaluate(rows, loss, &params, &mut gradient);
    let mut steps: Vec<(Vec<f64>, Vec<f64>, f64)> = Vec::new();
    let mut direction = vec![0.0; size];
    let mut trial = vec![0.0; size];
    let mut trial_gradient = vec![0.0; size];
    for iteration in 0..max_iterations {
        // Two-loop recursion: direction = −H·g.
        direction.copy_from_slice(&gradient);
        let mut alphas = Vec::with_capacity(steps.len());
        for (s, y, rho) in steps.iter().rev() {
            let alpha = rho * dot(s, &direction);
            direction.iter_mut().zip(y).for_each(|(d, yi)| *d -= alpha * yi);
            alphas.push(alpha);
        }
        if let Some((s, y, _)) = steps.last() {
            let gamma = dot(s, y) / dot(y, y).max(f64::MIN_POSITIVE);
            for d in &mut direction {
                *d *= gamma;
            }
        }
        for ((s, y, rho), alpha) in steps.iter().zip(alphas.iter().rev()) {
            let beta = rho * dot(y, &direction);
            direction
                .iter_mut()
                .zip(s)
                .for_each(|(d, si)| *d += (alpha - beta) * si);
        }
        for d in &mut direction {
            *d = -*d;
        }
        let mut slope = dot(&gradient, &direction);
        if slope >= 0.0 {
            // Not a descent direction: restart from steepest descent.
            steps.clear();
            direction.iter_mut().zip(&gradient).for_each(|(d, g)| *d = -g);
            slope = dot(&gradient, &direction);
        }
        let mut step = if iteration == 0 {
            1.0 / dot(&gradient, &gradient).sqrt().max(1e-12)
        } else {
            1.0
        };
        let mut accepted = None;
        for _ in 0..40 {
            trial
                .iter_mut()
                .zip(&params)
                .zip(&direction)
                .for_each(|((t, p), d)| *t = p + step * d);
            let trial_value = evaluate(rows, loss, &trial, &mut trial_gradient);
            if trial_value <= value + 1e-4 * step * slope {
                accepted = Some(trial_value);
                break;
            }
            step *= 0.5;
        }
        let Some(new_value) = accepted else { break };
        let s: Vec<f64> = trial.iter().zip(&params).map(|(t, p)| t - p).collect();
        let y: Vec<f64> = trial_gradient.iter().zip(&gradient).map(|(t, g)| t - g).collect();
        let sy = dot(&s, &y);
        if sy > 1e-12 {
            if steps.len() == HISTORY {
                steps.remove(0);
            }
            steps.push((s, y, 1.0 / sy));
        }
        params.copy_from_slice(&trial);
        gradient.copy_from_slice(&trial_gradient);
        let improvement = (value - new_value) / value.abs().max(1.0);
        value = new_value;
        if improvement < 1e-9 {
            break;
        }
    }
    let bias = params.pop().unwrap_or(0.0);
    (params, bias)
}
