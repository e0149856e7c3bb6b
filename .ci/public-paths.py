#!/usr/bin/env python3
"""Every public item has one public path: its module's, and at most a documented
re-export at the crate root. Reads rustdoc's JSON output; exits 1 naming each item that
is reachable by another path.

Usage: public-paths.py target/doc/tyokyky.json
"""
import json,sys,collections
doc=json.load(open(sys.argv[1]))
index=doc['index']; root=doc['root']
reach=collections.defaultdict(set)
def walk(mid,prefix,seen):
    if mid in seen: return
    seen=seen|{mid}
    m=index[str(mid)] if str(mid) in index else index.get(mid)
    if m is None: return
    inner=m['inner']['module']
    for cid in inner['items']:
        it=index.get(str(cid)) or index.get(cid)
        if it is None: continue
        if it.get('visibility')!='public': continue
        kind=list(it['inner'].keys())[0]
        if kind=='module':
            walk(it['id'],prefix+[it['name']],seen)
        elif kind=='use':
            u=it['inner']['use']
            tid=u.get('id')
            name=u['name']
            if tid is None: continue
            if u.get('is_glob'):
                continue
            t=index.get(str(tid)) or index.get(tid)
            if t and list(t['inner'].keys())[0]=='module':
                walk(tid,prefix+[name],seen); continue
            reach[tid].add('::'.join(prefix+[name]))
        else:
            if it.get('name'): reach[it['id']].add('::'.join(prefix+[it['name']]))
walk(root,['tyokyky'],frozenset())
multi={k:v for k,v in reach.items() if len(v)>1}
def is_root(p): return p.count('::')==1
bad={k:v for k,v in multi.items() if not (len(v)==2 and any(is_root(p) for p in v))}
print(len(reach),'public items;',len(multi),'re-exported at the root;',len(bad),'reachable by another path')
for k,v in sorted(bad.items(), key=lambda kv: sorted(kv[1])[0]): print('  ', ', '.join(sorted(v)))
sys.exit(1 if bad else 0)
