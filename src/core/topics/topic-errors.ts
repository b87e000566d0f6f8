import { AppError } from '../errors.js';

export const topicNameTaken = (name: string) =>
  new AppError(
    'conflict',
    `There is already a topic called "${name}". Choose another name, or merge the two.`,
  );
