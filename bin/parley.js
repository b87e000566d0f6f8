#!/usr/bin/env node
// The built CLI (npm install runs the build through the package's prepare script).
import '../dist/parley.js';
